#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <atomic>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMessageBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

// File -> Export: Open311 JSON or XML, or CSV, with the first requests previewed as they will
// be written. The export streams off the UI thread into a temporary file that replaces the
// target only when complete, so Cancel never leaves a half-written file.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(core::LocalStore &store, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *extensionsCheck() const { return m_extensions; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isRunning() const { return m_watcher.isRunning(); }
    QMessageBox *replaceConfirmation() const;

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    void browse();
    void updatePreview();
    // Asks before replacing an existing file (a typed name never went through the file dialog).
    void start();
    void askReplace(const QString &file);
    void write(const QString &file);
    void done();
    void setRunning(bool running);

    core::LocalStore &m_store;
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_sinceEnabled = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_extensions = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<QMessageBox> m_replaceBox;
    QString m_replaceConfirmed; // the file the user agreed to replace
    std::atomic_bool m_cancelRequested{false};
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace civicdesk::widgets
