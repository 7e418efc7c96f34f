#include "VerifyPage.h"

#include "ArchiveReader.h"
#include "ChecksumGenerator.h"
#include "ChecksumList.h"
#include "ChecksumVerifier.h"
#include "ProgressBarDelegate.h"
#include "VerificationFilterModel.h"
#include "VerificationResultModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Lattice {

namespace {
// Enough of a file to tell a checksum list from an artifact without reading
// the artifact.
constexpr qint64 SniffBytes = 64 * 1024;

bool looksLikeChecksumFile(const QString& path)
{
    if (ChecksumList::looksLikeChecksumFileName(path))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(SniffBytes);
    if (!file.atEnd()) {
        const qsizetype lastNewline = head.lastIndexOf('\n');
        head.truncate(lastNewline < 0 ? 0 : lastNewline + 1);
    }
    const ChecksumList list = ChecksumList::parse(head);
    return list.hasValidLine() && list.malformed().isEmpty();
}
} // namespace

VerifyPage::VerifyPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new VerificationResultModel(this))
    , m_proxy(new VerificationFilterModel(this))
    , m_verifier(new ChecksumVerifier(this))
    , m_generator(new ChecksumGenerator(this))
{
    setObjectName(QStringLiteral("verify-page"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    buildUi();

    connect(m_verifier, &ChecksumVerifier::listLoaded, this,
            [this](const QList<EntryResult>& entries, const QStringList& conflicts,
                   const QList<int>& malformed) {
                m_model->setEntries(entries, conflicts);
                QString text = tr("Verifying %n listed file(s)…", nullptr, int(entries.size()));
                if (!malformed.isEmpty())
                    text += QLatin1Char(' ') +
                            tr("%n line(s) of the checksum file are improperly formatted.", nullptr,
                               int(malformed.size()));
                showBanner(text, Tone::Neutral);
            });
    connect(m_verifier, &ChecksumVerifier::listRejected, this, [this](const QString& reason) {
        setBusy(false);
        showBanner(reason, Tone::Bad);
        emit verificationRejected(reason);
    });
    connect(m_verifier, &ChecksumVerifier::unlistedFound, m_model,
            &VerificationResultModel::addUnlisted);
    connect(m_verifier, &ChecksumVerifier::entryStarted, m_model,
            &VerificationResultModel::setHashing);
    connect(m_verifier, &ChecksumVerifier::entryProgress, m_model,
            &VerificationResultModel::setProgress);
    connect(m_verifier, &ChecksumVerifier::entriesFinished, m_model,
            &VerificationResultModel::setResults);
    connect(m_verifier, &ChecksumVerifier::progress, this, &VerifyPage::showProgress);
    connect(m_verifier, &ChecksumVerifier::finished, this, &VerifyPage::finishVerification);

    connect(m_generator, &ChecksumGenerator::progress, this, &VerifyPage::showProgress);
    connect(m_generator, &ChecksumGenerator::finished, this,
            [this](bool ok, const QString& message, int) {
                setBusy(false);
                showBanner(message, ok ? Tone::Good : Tone::Bad);
                emit sumsCreated(ok, message);
            });
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("Verify"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Check downloaded artifacts against a SHA256SUMS file, offline. "
                                "Drop a checksum file and a folder, files or an archive here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto* form = new QGridLayout;
    auto* sumsLabel = new QLabel(tr("Checksum &file:"), this);
    m_sumsEdit = new QLineEdit(this);
    m_sumsEdit->setObjectName(QStringLiteral("sums-edit"));
    m_sumsEdit->setAccessibleName(tr("Checksum file"));
    m_sumsEdit->setPlaceholderText(tr("SHA256SUMS"));
    m_sumsEdit->setClearButtonEnabled(true);
    sumsLabel->setBuddy(m_sumsEdit);
    auto* sumsBrowse = new QPushButton(tr("&Browse…"), this);
    sumsBrowse->setObjectName(QStringLiteral("sums-browse"));
    sumsBrowse->setAccessibleName(tr("Choose the checksum file"));
    connect(sumsBrowse, &QPushButton::clicked, this, &VerifyPage::chooseSumsFile);
    connect(m_sumsEdit, &QLineEdit::returnPressed, this, &VerifyPage::verify);

    auto* sourceLabel = new QLabel(tr("&Against:"), this);
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("source-kind"));
    m_sourceCombo->setAccessibleName(tr("What to verify"));
    m_sourceCombo->addItem(tr("Folder"), int(SourceChoice::Folder));
    m_sourceCombo->addItem(tr("Files"), int(SourceChoice::Files));
    m_sourceCombo->addItem(tr("Archive"), int(SourceChoice::Archive));
    sourceLabel->setBuddy(m_sourceCombo);
    m_sourceEdit = new QLineEdit(this);
    m_sourceEdit->setObjectName(QStringLiteral("source-edit"));
    m_sourceEdit->setAccessibleName(tr("Folder, files or archive to verify"));
    m_sourceEdit->setClearButtonEnabled(true);
    m_sourceBrowse = new QPushButton(tr("Ch&oose…"), this);
    m_sourceBrowse->setObjectName(QStringLiteral("source-browse"));
    m_sourceBrowse->setAccessibleName(tr("Choose what to verify"));
    connect(m_sourceBrowse, &QPushButton::clicked, this, &VerifyPage::chooseSource);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_files.clear();
        m_sourceEdit->clear();
        applySourceChoice();
    });
    connect(m_sourceEdit, &QLineEdit::returnPressed, this, &VerifyPage::verify);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceCombo);
    sourceRow->addWidget(m_sourceEdit, 1);
    form->addWidget(sumsLabel, 0, 0);
    form->addWidget(m_sumsEdit, 0, 1);
    form->addWidget(sumsBrowse, 0, 2);
    form->addWidget(sourceLabel, 1, 0);
    form->addLayout(sourceRow, 1, 1);
    form->addWidget(m_sourceBrowse, 1, 2);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_ignoreMissing = new QCheckBox(tr("Ignore &missing files"), this);
    m_ignoreMissing->setObjectName(QStringLiteral("ignore-missing"));
    m_ignoreMissing->setToolTip(tr("For checking a few downloads against a list of many: listed "
                                   "files that are not present are not counted as problems."));
    m_verifyButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/verify.svg")), tr("&Verify"), this);
    m_verifyButton->setObjectName(QStringLiteral("verify-button"));
    m_verifyButton->setDefault(true);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyPage::verify);
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancel-button"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &VerifyPage::cancel);
    m_createButton = new QPushButton(tr("Create &SHA256SUMS…"), this);
    m_createButton->setObjectName(QStringLiteral("create-sums-button"));
    m_createButton->setToolTip(tr("Hash every file in a folder and write a SHA256SUMS file that "
                                  "sha256sum -c accepts."));
    connect(m_createButton, &QPushButton::clicked, this, &VerifyPage::chooseFolderForSums);
    actions->addWidget(m_ignoreMissing);
    actions->addStretch();
    actions->addWidget(m_createButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_verifyButton);
    layout->addLayout(actions);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("verify-summary"));
    m_banner->setAccessibleName(tr("Verification summary"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Fi&lter:"), this);
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("name-filter"));
    m_nameFilter->setAccessibleName(tr("Filter by name"));
    m_nameFilter->setPlaceholderText(tr("Part of a name"));
    m_nameFilter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_nameFilter);
    connect(m_nameFilter, &QLineEdit::textChanged, m_proxy,
            &VerificationFilterModel::setNameFilter);
    auto* showLabel = new QLabel(tr("S&how:"), this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("state-filter"));
    m_stateFilter->setAccessibleName(tr("Show rows in this state"));
    using Filter = VerificationFilterModel::StateFilter;
    m_stateFilter->addItem(tr("Everything"), int(Filter::All));
    m_stateFilter->addItem(tr("Problems"), int(Filter::Problems));
    m_stateFilter->addItem(tr("OK"), int(Filter::Ok));
    m_stateFilter->addItem(tr("Failed"), int(Filter::Failed));
    m_stateFilter->addItem(tr("Missing"), int(Filter::Missing));
    m_stateFilter->addItem(tr("Unreadable"), int(Filter::Unreadable));
    m_stateFilter->addItem(tr("Not listed"), int(Filter::Unlisted));
    showLabel->setBuddy(m_stateFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(Filter(m_stateFilter->currentData().toInt())); });
    filters->addWidget(filterLabel);
    filters->addWidget(m_nameFilter, 1);
    filters->addWidget(showLabel);
    filters->addWidget(m_stateFilter);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("results-table"));
    m_table->setAccessibleName(tr("Verification results"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // checksum-file order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the state tint is the row colour
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(
        VerificationResultModel::ProgressColumn,
        new ProgressBarDelegate(VerificationResultModel::ProgressRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(VerificationResultModel::StatusColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VerificationResultModel::NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(VerificationResultModel::NameColumn, 280);
    m_table->setColumnWidth(VerificationResultModel::ProgressColumn, 110);
    m_table->setColumnWidth(VerificationResultModel::ExpectedColumn, 160);
    m_table->setColumnWidth(VerificationResultModel::ActualColumn, 160);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyAction = new QAction(tr("&Copy SHA-256"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &VerifyPage::copyDigest);
    m_table->addAction(copyAction);
    auto* copyNameAction = new QAction(tr("Copy &name"), m_table);
    connect(copyNameAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(
                current.siblingAtColumn(VerificationResultModel::NameColumn).data().toString());
    });
    m_table->addAction(copyNameAction);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("overall-progress"));
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progress-label"));
    m_copyButton = new QPushButton(tr("Copy &digest"), this);
    m_copyButton->setObjectName(QStringLiteral("copy-digest-button"));
    m_copyButton->setToolTip(tr("Copy the selected file's SHA-256 (Ctrl+C in the table)"));
    connect(m_copyButton, &QPushButton::clicked, this, &VerifyPage::copyDigest);
    m_exportButton = new QPushButton(tr("&Export report…"), this);
    m_exportButton->setObjectName(QStringLiteral("export-button"));
    m_exportButton->setToolTip(tr("Save the results as JSON or Markdown"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &VerifyPage::chooseExportFile);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_progressLabel);
    bottom->addWidget(m_copyButton);
    bottom->addWidget(m_exportButton);
    layout->addLayout(bottom);

    applySourceChoice();
}

void VerifyPage::applySourceChoice()
{
    switch (sourceChoice()) {
    case SourceChoice::Folder:
        m_sourceEdit->setReadOnly(false);
        m_sourceEdit->setPlaceholderText(tr("Default: the checksum file's folder"));
        break;
    case SourceChoice::Files:
        // The list lives in m_files; the line only shows it.
        m_sourceEdit->setReadOnly(true);
        m_sourceEdit->setPlaceholderText(tr("Choose or drop the files to verify"));
        break;
    case SourceChoice::Archive:
        m_sourceEdit->setReadOnly(false);
        m_sourceEdit->setPlaceholderText(tr("A .tar, .tar.gz, .tar.xz, .tar.zst or .zip file"));
        break;
    }
}

void VerifyPage::setSumsFile(const QString& path)
{
    m_sumsEdit->setText(path);
}

QString VerifyPage::sumsFile() const
{
    return m_sumsEdit->text().trimmed();
}

void VerifyPage::setSourceFolder(const QString& folder)
{
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(SourceChoice::Folder)));
    m_sourceEdit->setText(folder);
}

void VerifyPage::setSourceFiles(const QStringList& files)
{
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(SourceChoice::Files)));
    m_files = files;
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    m_sourceEdit->setText(names.join(QStringLiteral(", ")));
    m_sourceEdit->setToolTip(files.join(QLatin1Char('\n')));
}

void VerifyPage::setSourceArchive(const QString& archive)
{
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(SourceChoice::Archive)));
    m_sourceEdit->setText(archive);
}

VerifyPage::SourceChoice VerifyPage::sourceChoice() const
{
    return SourceChoice(m_sourceCombo->currentData().toInt());
}

QString VerifyPage::sourcePath() const
{
    return m_sourceEdit->text().trimmed();
}

bool VerifyPage::isBusy() const
{
    return m_verifier->isRunning() || m_generator->isRunning() || m_cancelButton->isEnabled();
}

void VerifyPage::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_verifyButton), static_cast<QWidget*>(m_createButton),
                       static_cast<QWidget*>(m_sumsEdit), static_cast<QWidget*>(m_sourceEdit),
                       static_cast<QWidget*>(m_sourceCombo), static_cast<QWidget*>(m_sourceBrowse),
                       static_cast<QWidget*>(m_ignoreMissing)})
        w->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_exportButton->setEnabled(!busy && m_hasReport);
    if (busy) {
        m_progress->setValue(0);
        m_progressLabel->clear();
    }
}

void VerifyPage::showBanner(const QString& text, Tone tone)
{
    QColor background;
    QColor foreground;
    switch (tone) {
    case Tone::Neutral:
        background = palette().color(QPalette::AlternateBase);
        foreground = palette().color(QPalette::Text);
        break;
    case Tone::Good:
        background = QColor(0xd3, 0xf0, 0xdb);
        foreground = QColor(0x0f, 0x51, 0x24);
        break;
    case Tone::Warning:
        background = QColor(0xfb, 0xec, 0xc4);
        foreground = QColor(0x6b, 0x46, 0x00);
        break;
    case Tone::Bad:
        background = QColor(0xf9, 0xd0, 0xd0);
        foreground = QColor(0x8a, 0x10, 0x10);
        break;
    }
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    m_banner->setPalette(p);
    m_banner->setText(text);
    m_banner->show();
}

void VerifyPage::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    const QLocale locale;
    m_progressLabel->setText(
        tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void VerifyPage::verify()
{
    if (isBusy())
        return;
    const QString sums = sumsFile();
    if (sums.isEmpty()) {
        showBanner(tr("Choose the checksum file first."), Tone::Bad);
        m_sumsEdit->setFocus();
        return;
    }
    VerifySource source;
    switch (sourceChoice()) {
    case SourceChoice::Folder:
        source.kind = SourceKind::Directory;
        source.path = sourcePath();
        break;
    case SourceChoice::Files:
        source.kind = SourceKind::Files;
        source.path = QFileInfo(sums).absolutePath();
        source.files = m_files;
        if (m_files.isEmpty()) {
            showBanner(tr("Choose the files to verify."), Tone::Bad);
            return;
        }
        break;
    case SourceChoice::Archive:
        source.kind = SourceKind::Archive;
        source.path = sourcePath();
        if (source.path.isEmpty()) {
            showBanner(tr("Choose the archive to verify."), Tone::Bad);
            return;
        }
        break;
    }
    m_hasReport = false;
    m_report = {};
    m_ignoreMissingForRun = m_ignoreMissing->isChecked();
    m_model->clear();
    showBanner(tr("Reading %1…").arg(QFileInfo(sums).fileName()), Tone::Neutral);
    setBusy(true);
    if (!m_verifier->start(sums, source)) {
        setBusy(false);
        showBanner(tr("A verification is still running."), Tone::Warning);
    }
}

void VerifyPage::cancel()
{
    m_verifier->cancel();
    m_generator->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
}

void VerifyPage::finishVerification(const VerificationReport& report)
{
    m_report = report;
    m_hasReport = true;
    setBusy(false);
    m_progress->setValue(1000);

    const VerificationReport::Summary s = report.summary();
    const int listed = int(report.entries.size());
    const int missingProblems = m_ignoreMissingForRun ? 0 : s.missing;
    QStringList notes;
    if (!report.unlisted.isEmpty())
        notes << tr("%n file(s) present but not listed", nullptr, int(report.unlisted.size()));
    if (!report.malformedLines.isEmpty())
        notes << tr("%n improperly formatted line(s)", nullptr, int(report.malformedLines.size()));
    if (!report.conflicts.isEmpty())
        notes << tr("%n name(s) listed with different checksums", nullptr,
                    int(report.conflicts.size()));
    if (m_ignoreMissingForRun && s.missing > 0)
        notes << tr("%n missing file(s) ignored", nullptr, s.missing);
    const QString extra =
        notes.isEmpty() ? QString()
                        : QStringLiteral(" ") + notes.join(QStringLiteral("; ")) + QLatin1Char('.');

    QString text;
    Tone tone = Tone::Good;
    if (report.cancelled) {
        text = tr("Cancelled after %1 of %2 files: nothing after that point was checked.")
                   .arg(s.ok + s.failed)
                   .arg(listed);
        tone = Tone::Warning;
    } else if (s.failed + s.unreadable + missingProblems > 0) {
        text = tr("%1 failed, %2 missing, %3 unreadable — %4 of %5 listed files match.")
                   .arg(s.failed)
                   .arg(s.missing)
                   .arg(s.unreadable)
                   .arg(s.ok)
                   .arg(listed);
        tone = Tone::Bad;
    } else if (s.ok == 0) {
        text = tr("Nothing was verified: none of the listed files is present.");
        tone = Tone::Bad;
    } else {
        text = tr("All %n verified file(s) match the checksum file.", nullptr, s.ok);
        tone = report.unlisted.isEmpty() && report.malformedLines.isEmpty() ? Tone::Good
                                                                            : Tone::Warning;
    }
    if (!report.sourceError.isEmpty())
        text += QLatin1Char(' ') +
                tr("The source could not be read to its end: %1").arg(report.sourceError);
    showBanner(text + extra, tone);
    QStringList lines;
    for (int line : report.malformedLines.mid(0, 50))
        lines << QString::number(line);
    if (report.malformedLines.size() > 50)
        lines << QStringLiteral("…");
    m_banner->setToolTip(lines.isEmpty() ? QString()
                                         : tr("Improperly formatted lines of the checksum file: %1")
                                               .arg(lines.join(QStringLiteral(", "))));

    // Put the first failure in front of the user, whatever the sort order.
    const int problem = m_model->firstProblemRow();
    if (problem >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(problem, 0));
        if (at.isValid()) {
            m_table->setCurrentIndex(at);
            m_table->selectRow(at.row());
            m_table->scrollTo(at);
        }
    }
    emit verificationFinished(report);
}

void VerifyPage::copyDigest()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString digest = current.data(VerificationResultModel::DigestRole).toString();
    if (!digest.isEmpty())
        QApplication::clipboard()->setText(digest);
}

bool VerifyPage::exportReport(const QString& path, QString* error) const
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no finished verification to export.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    const QByteArray bytes = markdown
                                 ? m_report.toMarkdown().toUtf8()
                                 : QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool VerifyPage::createSums(const QString& folder, const QString& outputFile)
{
    if (isBusy())
        return false;
    setBusy(true);
    showBanner(tr("Hashing the files in %1…").arg(folder), Tone::Neutral);
    if (!m_generator->start(folder, outputFile)) {
        setBusy(false);
        return false;
    }
    return true;
}

void VerifyPage::chooseSumsFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the checksum file"), QFileInfo(sumsFile()).absolutePath(),
        tr("Checksum files (SHA256SUMS *SUMS *.sha256 *sha256sum* *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSumsFile(path);
}

void VerifyPage::chooseSource()
{
    const QString start = sumsFile().isEmpty() ? QString() : QFileInfo(sumsFile()).absolutePath();
    switch (sourceChoice()) {
    case SourceChoice::Folder: {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose the folder"), start);
        if (!folder.isEmpty())
            setSourceFolder(folder);
        break;
    }
    case SourceChoice::Files: {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Choose the files"), start);
        if (!files.isEmpty())
            setSourceFiles(files);
        break;
    }
    case SourceChoice::Archive: {
        const QString archive = QFileDialog::getOpenFileName(
            this, tr("Choose the archive"), start,
            tr("Archives (*.tar *.tar.gz *.tgz *.tar.xz *.txz *.tar.zst *.tzst *.tar.bz2 *.zip);;"
               "All files (*)"));
        if (!archive.isEmpty())
            setSourceArchive(archive);
        break;
    }
    }
}

void VerifyPage::chooseExportFile()
{
    QString selectedFilter;
    const QString jsonFilter = tr("JSON report (*.json)");
    const QString markdownFilter = tr("Markdown report (*.md)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QStringLiteral("verification.json"),
        jsonFilter + QStringLiteral(";;") + markdownFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == markdownFilter ? QStringLiteral(".md") : QStringLiteral(".json");
    QString error;
    if (exportReport(path, &error))
        showBanner(tr("Report saved to %1.").arg(path), Tone::Good);
    else
        showBanner(tr("Could not save the report: %1").arg(error), Tone::Bad);
}

void VerifyPage::chooseFolderForSums()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder to create SHA256SUMS for"));
    if (folder.isEmpty())
        return;
    const QString output = QDir(folder).filePath(QStringLiteral("SHA256SUMS"));
    if (QFileInfo::exists(output) &&
        QMessageBox::question(this, tr("Replace SHA256SUMS?"),
                              tr("%1 already exists. Replace it?").arg(output)) != QMessageBox::Yes)
        return;
    if (createSums(folder, output)) {
        // Ready to verify what was just written.
        setSumsFile(output);
        setSourceFolder(QString());
    }
}

void VerifyPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (isBusy() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void VerifyPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    acceptPaths(paths);
}

void VerifyPage::acceptPaths(const QStringList& paths)
{
    QStringList others;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            setSourceFolder(path);
        else if (ArchiveReader::isArchiveFileName(path))
            setSourceArchive(path);
        else if (looksLikeChecksumFile(path))
            setSumsFile(path);
        else
            others << path;
    }
    if (!others.isEmpty())
        setSourceFiles(others);
}

} // namespace Lattice
