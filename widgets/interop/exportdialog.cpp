#include "widgets/interop/exportdialog.h"

#include "core/domain/error.h"
#include "core/interop/requestexporter.h"
#include "core/store/localstore.h"
#include "core/store/ticketrepository.h"
#include "widgets/shell/filedialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace civicdesk::widgets {

ExportDialog::ExportDialog(core::LocalStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Export requests"));
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Open311 JSON"), static_cast<int>(core::Open311Writer::Format::Json));
    m_format->addItem(tr("Open311 XML"), static_cast<int>(core::Open311Writer::Format::Xml));
    m_format->addItem(tr("CSV"), static_cast<int>(core::Open311Writer::Format::Csv));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All requests"), QString());
    m_status->addItem(tr("Open only"), QStringLiteral("open"));
    m_status->addItem(tr("Closed only"), QStringLiteral("closed"));
    m_sinceEnabled = new QCheckBox(tr("Requested &since:"), this);
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_since->setAccessibleName(tr("Requested since"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_extensions = new QCheckBox(tr("&Extensions: public notes, channel, district, duplicate parent"), this);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);
    form->addRow(m_sinceEnabled, m_since);
    form->addRow(QString(), m_extensions);

    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview of the first requests"));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (first 3 requests):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(800, 560);

    m_progress->setRange(
        0, static_cast<int>(std::min<qint64>(core::TicketRepository(m_store.database()).count(), 1 << 30)));
    m_progress->setValue(0);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_since, &QDateEdit::dateChanged, this, &ExportDialog::updatePreview);
    connect(m_extensions, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::done);
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

namespace {
core::RequestExporter::Options optionsFrom(const QComboBox *format, const QComboBox *status,
                                           const QCheckBox *sinceEnabled, const QDateEdit *since,
                                           const QCheckBox *extensions)
{
    core::RequestExporter::Options o;
    o.format = static_cast<core::Open311Writer::Format>(format->currentData().toInt());
    o.open311Status = status->currentData().toString();
    if (sinceEnabled->isChecked())
        o.since = QDateTime(since->date(), QTime(0, 0)).toUTC();
    o.extensions = extensions->isChecked();
    return o;
}
} // namespace

QMessageBox *ExportDialog::replaceConfirmation() const
{
    return m_replaceBox;
}

void ExportDialog::browse()
{
    const QString file = FileDialog::getSaveFileName(this, tr("Export requests"), m_file->text());
    if (!file.isEmpty()) {
        m_file->setText(file);
        m_replaceConfirmed = file; // the file dialog has asked about replacing it
    }
}

void ExportDialog::updatePreview()
{
    core::RequestExporter::Options options =
        optionsFrom(m_format, m_status, m_sinceEnabled, m_since, m_extensions);
    options.limit = 3;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    try {
        core::RequestExporter(m_store).run(buffer, options);
        m_preview->setPlainText(QString::fromUtf8(buffer.data()));
    } catch (const core::Error &e) {
        m_preview->setPlainText(e.message());
    }
}

void ExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
}

void ExportDialog::start()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_summary->setText(tr("Choose a file to write first."));
        return;
    }
    if (QFileInfo::exists(file) && file != m_replaceConfirmed) {
        askReplace(file);
        return;
    }
    write(file);
}

void ExportDialog::askReplace(const QString &file)
{
    if (!m_replaceBox) {
        m_replaceBox = new QMessageBox(QMessageBox::Warning, tr("Export requests"), QString(),
                                       QMessageBox::Cancel, this);
        m_replaceBox->setObjectName(QStringLiteral("replaceConfirmation"));
        QPushButton *replace = m_replaceBox->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("replaceButton"));
        m_replaceBox->setDefaultButton(QMessageBox::Cancel);
        connect(m_replaceBox, &QMessageBox::finished, this, [this, replace] {
            if (m_replaceBox->clickedButton() != replace) {
                m_summary->setText(
                    tr("Not exported: %1 was kept.").arg(m_replaceBox->property("file").toString()));
                return;
            }
            m_replaceConfirmed = m_replaceBox->property("file").toString();
            write(m_replaceConfirmed);
        });
    }
    m_replaceBox->setProperty("file", file);
    m_replaceBox->setText(
        tr("%1 already exists. Replace it with this export?").arg(QDir::toNativeSeparators(file)));
    m_replaceBox->open();
}

void ExportDialog::write(const QString &file)
{
    m_cancelRequested = false;
    m_progress->setValue(0);
    m_summary->setText(tr("Exporting…"));
    setRunning(true);
    const core::RequestExporter::Options options =
        optionsFrom(m_format, m_status, m_sinceEnabled, m_since, m_extensions);
    core::LocalStore *store = &m_store;
    std::atomic_bool *cancel = &m_cancelRequested;
    QPointer<QProgressBar> bar = m_progress;
    m_watcher.setFuture(QtConcurrent::run([store, options, file, cancel, bar] {
        Outcome outcome;
        QSaveFile out(file);
        try {
            if (!out.open(QIODevice::WriteOnly))
                throw core::Error(QStringLiteral("%1: %2").arg(file, out.errorString()));
            const qint64 count =
                core::RequestExporter(*store).run(out, options, [cancel, bar](qint64 written) {
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [bar, written] {
                            if (bar)
                                bar->setValue(static_cast<int>(std::min<qint64>(written, bar->maximum())));
                        },
                        Qt::QueuedConnection);
                    return !cancel->load();
                });
            if (!out.commit())
                throw core::Error(QStringLiteral("%1: %2").arg(file, out.errorString()));
            outcome = {true, QCoreApplication::translate("ExportDialog", "exported %n requests to %1",
                                                         nullptr, static_cast<int>(count))
                                 .arg(file)};
        } catch (const core::Error &e) {
            out.cancelWriting();
            outcome = {false, e.message()};
        }
        store->database().closeThreadConnection();
        return outcome;
    }));
}

void ExportDialog::done()
{
    const Outcome outcome = m_watcher.result();
    setRunning(false);
    if (outcome.ok)
        m_progress->setValue(m_progress->maximum());
    m_summary->setText(outcome.text);
    Q_EMIT exportFinished(outcome.ok);
}

} // namespace civicdesk::widgets
