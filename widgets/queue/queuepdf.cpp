#include "widgets/queue/queuepdf.h"

#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/sla/slaclock.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace civicdesk::widgets {

namespace {
void print(const QString &html, const QString &title, const QString &fileName)
{
    const QFileInfo folder(QFileInfo(fileName).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        throw core::Error(
            QCoreApplication::translate("QueuePdf", "%1: the folder %2 is not writable")
                .arg(fileName, folder.absoluteFilePath()),
            {{QStringLiteral("file"), QCoreApplication::translate("QueuePdf", "folder not writable")}});
    QPdfWriter writer(fileName);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CivicDesk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setDefaultStyleSheet(
        QStringLiteral("body { font-size: 9pt; } th { text-align: left; background: #e8e8e8; } "
                       "td, th { padding: 2px 4px; } h1 { font-size: 14pt; }"));
    doc.setHtml(html);
    doc.print(&writer);
    if (!QFileInfo::exists(fileName))
        throw core::Error(
            QCoreApplication::translate("QueuePdf", "%1: cannot write").arg(fileName),
            {{QStringLiteral("file"), QCoreApplication::translate("QueuePdf", "cannot write")}});
}

QString when(const QDateTime &t, const core::Catalog &catalog)
{
    return t.isValid()
               ? t.toTimeZone(catalog.calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QStringLiteral("-");
}
} // namespace

void QueuePdf::writeTicket(const core::Ticket &t, const core::Catalog &catalog, const QString &fileName)
{
    QString html = QStringLiteral("<h1>%1 %2</h1><table>")
                       .arg(QCoreApplication::translate("QueuePdf", "Ticket").toHtmlEscaped(),
                            t.referenceNumber.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(QCoreApplication::translate("QueuePdf", "Service"), t.serviceName);
    row(QCoreApplication::translate("QueuePdf", "Status"),
        core::ticketstatus::displayName(t.status) +
            (t.statusNotes.isEmpty() ? QString() : QStringLiteral(" — ") + t.statusNotes));
    row(QCoreApplication::translate("QueuePdf", "Priority"), core::priority::displayName(t.priority));
    row(QCoreApplication::translate("QueuePdf", "Agency"), t.agencyResponsible);
    row(QCoreApplication::translate("QueuePdf", "Assignee"),
        t.assignee.isEmpty() ? QCoreApplication::translate("QueuePdf", "Unassigned") : t.assignee);
    row(QCoreApplication::translate("QueuePdf", "Address"), t.address);
    row(QCoreApplication::translate("QueuePdf", "Requested"), when(t.requestedAt, catalog));
    row(QCoreApplication::translate("QueuePdf", "Due"), when(t.expectedAt, catalog));
    row(QCoreApplication::translate("QueuePdf", "Description"), t.description);
    html += QStringLiteral("</table>");
    if (!t.notes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(QCoreApplication::translate("QueuePdf", "Notes"));
        for (const auto &n : t.notes)
            html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td></tr>")
                        .arg(when(n.createdAt, catalog), n.author.toHtmlEscaped(),
                             n.internal ? QCoreApplication::translate("QueuePdf", " (internal)") : QString(),
                             n.text.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2><table>").arg(QCoreApplication::translate("QueuePdf", "Audit trail"));
    for (const auto &e : t.audit)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 → %5</td></tr>")
                    .arg(when(e.at, catalog), e.actor.toHtmlEscaped(), e.field.toHtmlEscaped(),
                         e.oldValue.toHtmlEscaped(), e.newValue.toHtmlEscaped());
    html += QStringLiteral("</table>");
    print(html, t.referenceNumber, fileName);
}

void QueuePdf::writeQueue(QAbstractItemModel &model, qint64 total, const QString &title,
                          const QString &fileName, int maxRows)
{
    while (model.rowCount() < maxRows && model.canFetchMore({}))
        model.fetchMore({});
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><table width=\"100%\" cellspacing=\"0\"><tr>")
                       .arg(title.toHtmlEscaped(),
                            QCoreApplication::translate("QueuePdf", "%n ticket(s)", nullptr, int(total)));
    for (int c = 0; c < model.columnCount(); ++c)
        html +=
            QStringLiteral("<th>%1</th>").arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const int rows = std::min(model.rowCount(), maxRows);
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            html +=
                QStringLiteral("<td>%1</td>").arg(model.data(model.index(r, c)).toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (total > rows)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("QueuePdf",
                                                     "First %1 of %2 tickets; export CSV for all of them.")
                             .arg(rows)
                             .arg(total));
    print(html, title, fileName);
}

} // namespace civicdesk::widgets
