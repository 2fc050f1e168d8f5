#include "widgets/interop/importdialog.h"

#include "core/domain/error.h"
#include "core/interop/importformat.h"
#include "core/interop/importjob.h"
#include "core/interop/importpreviewmodel.h"
#include "core/store/localstore.h"
#include "widgets/shell/filedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace civicdesk::widgets {

ImportDialog::ImportDialog(core::LocalStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_preview(new core::ImportPreviewModel(this))
{
    setWindowTitle(tr("Import"));
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);

    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Format"));
    m_source->addItem(tr("Open311 service requests (JSON or XML)"), QStringLiteral("open311"));
    m_source->addItem(tr("Open311 services or service definition"), QStringLiteral("open311-services"));
    m_source->addItem(tr("CSV: detect the city's export (auto)"), QStringLiteral("auto"));
    m_source->addItem(tr("CSV: NYC Open Data 311"), QStringLiteral("nyc"));
    m_source->addItem(tr("CSV: DataSF 311 Cases"), QStringLiteral("sf"));
    m_source->addItem(tr("CSV: Boston 311"), QStringLiteral("boston"));
    m_source->addItem(tr("CSV: LA MyLA311"), QStringLiteral("la"));
    m_source->addItem(tr("CSV: CivicDesk export"), QStringLiteral("civicdesk"));
    m_source->addItem(tr("CSV: with a mapping file"), QString());
    m_mappingFile = new QLineEdit(this);
    m_mappingFile->setAccessibleName(tr("Mapping file"));
    m_mappingFile->setPlaceholderText(tr("Mapping file (JSON), for \"CSV: with a mapping file\""));
    m_strict = new QCheckBox(tr("&Strict: refuse the import if a service is not in the catalogue"), this);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    form->addRow(QString(), m_detected);
    auto *sourceLabel = new QLabel(tr("F&ormat:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mappingFile);
    form->addRow(mappingLabel, m_mappingFile);
    form->addRow(QString(), m_strict);

    m_table = new QTableView(this);
    m_table->setModel(m_preview);
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_mapping = new QPlainTextEdit(this);
    m_mapping->setReadOnly(true);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setMaximumHeight(110);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("&Cancel import"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (first %1 rows):").arg(core::ImportPreviewModel::kRows), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_mapping);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::fileChosen);
    connect(m_mappingFile, &QLineEdit::editingFinished, this, &ImportDialog::updatePreview);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::done);
}

ImportDialog::~ImportDialog()
{
    // Never leave a worker writing into a store the window may close.
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

QString ImportDialog::source() const
{
    const QString key = m_source->currentData().toString();
    return key.isEmpty() ? m_mappingFile->text().trimmed() : key;
}

void ImportDialog::browse()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Import"), m_file->text(), tr("Open311 and CSV files (*.json *.xml *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_file->setText(file);
    fileChosen();
}

void ImportDialog::fileChosen()
{
    // core decides from the extension and the first bytes; the user can still change it.
    const core::importformat::Guess guess = core::importformat::detectFile(m_file->text().trimmed());
    int index = guess.source.isEmpty() ? -1 : m_source->findData(guess.source);
    QString reason = guess.reason;
    const bool csvFile = m_file->text().trimmed().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString chosen = m_source->currentData().toString();
    if (csvFile && !guess.source.startsWith(QLatin1String("open311")) &&
        (chosen == QLatin1String("auto") || chosen.isEmpty())) {
        // "auto" detects the city when the file is read, and a mapping file is the user's own
        // description of the layout: a CSV file keeps either.
        index = m_source->currentIndex();
        reason =
            guess.source.isEmpty() ? tr("a CSV file; its columns are matched when it is read") : guess.reason;
    } else if (index < 0 && csvFile) {
        // A CSV layout none of the profiles names outright: auto detection proposes a mapping.
        index = m_source->findData(QStringLiteral("auto"));
        reason = tr("a CSV file; its columns are matched when it is read");
    }
    m_detected->setText(
        index < 0
            ? (m_file->text().trimmed().isEmpty() ? QString() : tr("Format not recognised: choose it below."))
            : tr("Recognised: %1").arg(reason));
    if (index >= 0) {
        const QSignalBlocker block(m_source); // one preview, below
        m_source->setCurrentIndex(index);
    }
    updatePreview();
}

void ImportDialog::updatePreview()
{
    m_summary->clear();
    m_progress->setValue(0);
    if (m_file->text().trimmed().isEmpty() || source().isEmpty()) {
        m_preview->clear();
        m_mapping->clear();
        m_import->setEnabled(false);
        return;
    }
    try {
        m_preview->load(m_file->text().trimmed(), source());
        m_mapping->setPlainText(m_preview->mapping().join(u'\n'));
        m_import->setEnabled(true);
    } catch (const core::Error &e) {
        m_preview->clear();
        m_mapping->clear();
        m_summary->setText(e.message());
        m_import->setEnabled(false);
    }
}

void ImportDialog::setRunning(bool running)
{
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_file->setEnabled(!running);
    m_source->setEnabled(!running);
    m_mappingFile->setEnabled(!running);
    m_strict->setEnabled(!running);
}

void ImportDialog::start()
{
    m_cancelRequested = false;
    m_summary->setText(tr("Importing…"));
    m_progress->setValue(0);
    setRunning(true);
    const core::ImportJob job(m_file->text().trimmed(), source(), m_strict->isChecked());
    QPointer<QProgressBar> bar = m_progress;
    core::LocalStore *store = &m_store;
    std::atomic_bool *cancel = &m_cancelRequested;
    m_watcher.setFuture(QtConcurrent::run([job, store, cancel, bar] {
        const core::ImportJob::Result r = job.run(*store, *cancel, [bar](int percent) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [bar, percent] {
                    if (bar)
                        bar->setValue(percent);
                },
                Qt::QueuedConnection);
        });
        return Outcome{r.ok, r.ok ? r.summary.text().trimmed() : r.error};
    }));
}

void ImportDialog::cancel()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void ImportDialog::done()
{
    const Outcome outcome = m_watcher.result();
    setRunning(false);
    m_progress->setValue(outcome.ok ? 100 : 0);
    m_summary->setText(outcome.text);
    Q_EMIT importFinished(outcome.ok);
}

} // namespace civicdesk::widgets
