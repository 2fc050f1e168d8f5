#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace civicdesk::core {
class ImportPreviewModel;
class LocalStore;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// File -> Import: pick a file and its format, check the preview of the first rows and the
// column mapping, then import off the UI thread with a progress bar. Cancel leaves nothing
// imported; the end shows the summary ("imported N, skipped M" and the first reasons).
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(core::LocalStore &store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *sourceCombo() const { return m_source; }
    QLabel *detectedFormatLabel() const { return m_detected; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    core::ImportPreviewModel *previewModel() const { return m_preview; }
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void importFinished(bool imported);

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    QString source() const;
    void browse();
    void fileChosen();
    void updatePreview();
    void start();
    void cancel();
    void done();
    void setRunning(bool running);

    core::LocalStore &m_store;
    core::ImportPreviewModel *m_preview = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_detected = nullptr;
    QLineEdit *m_mappingFile = nullptr;
    QCheckBox *m_strict = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_mapping = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    std::atomic_bool m_cancelRequested{false};
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace civicdesk::widgets
