#pragma once

#include "core/domain/ticket.h"
#include "core/models/texttablemodel.h"

#include <QStringList>

namespace civicdesk::core {

// One row of a file as it would be imported: where it is (a line, a request), and the ticket or
// the reason it would be skipped.
struct ImportPreviewRow
{
    QString where;
    Ticket ticket;
    QString problem;
};

// The first rows of a file as they would be imported, for the Import dialog: each row is a
// ticket (or the reason it would be skipped), plus the mapping in use ("CaseID -> service_request_id").
class ImportPreviewModel final : public TextTableModel<QList<ImportPreviewRow>>
{
    Q_OBJECT

public:
    enum Column {
        Where,
        Reference,
        Requested,
        Status,
        Service,
        Address,
        Location,
        Channel,
        Problem,
        ColumnCount
    };
    static constexpr int kRows = 50;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // source: "open311" (requests), "open311-services", a CSV profile name or a mapping file.
    // Throws Error when the file cannot be read at all (the dialog shows the message).
    void load(const QString &fileName, const QString &source);
    void clear();

    QStringList mapping() const { return m_mapping; }

private:
    QString cellText(const ImportPreviewRow &r, int column) const override;
    QString columnTitle(int column) const override;

    QStringList m_mapping;
};

} // namespace civicdesk::core
