#pragma once

#include "LaneView.h"
#include "VerificationReport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Lattice {

class ChecksumGenerator;
class ChecksumVerifier;
class VerificationFilterModel;
class VerificationResultModel;

// The Verify lane: checks downloaded artifacts against a SHA256SUMS file,
// offline. A checksum file and a folder, some files or an archive are picked
// or dropped; results stream into a sortable, filterable table while the
// hashing runs on worker threads.
class VerifyPage : public QWidget, public LaneView
{
    Q_OBJECT
public:
    enum class SourceChoice { Folder, Files, Archive };
    Q_ENUM(SourceChoice)

    explicit VerifyPage(QWidget* parent = nullptr);
    ~VerifyPage() override;

    void setSumsFile(const QString& path);
    QString sumsFile() const;
    void setSourceFolder(const QString& folder); // empty: the checksum file's folder
    void setSourceFiles(const QStringList& files);
    void setSourceArchive(const QString& archive);
    SourceChoice sourceChoice() const;
    QString sourcePath() const;

    bool isBusy() const override;
    const VerificationReport& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    VerificationResultModel* resultModel() const { return m_model; }
    VerificationFilterModel* filterModel() const { return m_proxy; }

    // Writes the last report; Markdown for a .md or .markdown name, else JSON.
    bool exportReport(const QString& path, QString* error = nullptr) const;
    // Hashes every file below folder into outputFile, without any dialog.
    bool createSums(const QString& folder, const QString& outputFile);

public slots:
    void verify();
    void cancel() override;
    void copyDigest();
    void chooseSumsFile();
    void chooseSource();
    void chooseExportFile();
    void chooseFolderForSums();

signals:
    void verificationFinished(const Lattice::VerificationReport& report);
    void verificationRejected(const QString& reason);
    void sumsCreated(bool ok, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class Tone { Neutral, Good, Warning, Bad };
    void buildUi();
    void setBusy(bool busy);
    void showBanner(const QString& text, Tone tone);
    void showProgress(qint64 done, qint64 total);
    void finishVerification(const VerificationReport& report);
    void applySourceChoice();
    void acceptPaths(const QStringList& paths);

    VerificationResultModel* m_model;
    VerificationFilterModel* m_proxy;
    ChecksumVerifier* m_verifier;
    ChecksumGenerator* m_generator;
    VerificationReport m_report;
    bool m_hasReport = false;
    bool m_ignoreMissingForRun = false;
    QStringList m_files;

    QLineEdit* m_sumsEdit = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QLineEdit* m_sourceEdit = nullptr;
    QPushButton* m_sourceBrowse = nullptr;
    QCheckBox* m_ignoreMissing = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_nameFilter = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};

} // namespace Lattice
