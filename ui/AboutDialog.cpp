#include "AboutDialog.h"

#include "BuildInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Lattice {

AboutDialog::AboutDialog(const QString& sqliteVersion, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lattice Release Desk"));
    setObjectName(QStringLiteral("about-dialog"));
    QString rows;
    QList<BuildInfo::Library> libs = BuildInfo::libraries();
    if (!sqliteVersion.isEmpty())
        libs.append({QStringLiteral("SQLite"), sqliteVersion});
    for (const BuildInfo::Library& lib : libs)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(lib.name.toHtmlEscaped(), lib.version.toHtmlEscaped());
    m_text = tr("<h3>Lattice Release Desk %1</h3>"
                "<p>Every LatticeNet release lane in one place.</p>"
                "<p>Build: %2</p>"
                "<table>%3</table>")
                 .arg(BuildInfo::version().toHtmlEscaped(),
                      (BuildInfo::gitDescribe().isEmpty() ? tr("not from git")
                                                          : BuildInfo::gitDescribe())
                          .toHtmlEscaped(),
                      rows);
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lattice-desk.svg")).pixmap(64, 64));
    auto* label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("about-text"));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace Lattice
