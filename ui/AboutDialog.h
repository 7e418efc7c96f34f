#pragma once

#include <QDialog>

namespace Lattice {

// Version, Qt version and the versions of the libraries doing the
// security-relevant work, so a bug report can say exactly what ran.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString& sqliteVersion, QWidget* parent = nullptr);
    QString text() const;

private:
    QString m_text;
};

} // namespace Lattice
