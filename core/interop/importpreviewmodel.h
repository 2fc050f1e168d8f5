#pragma once

#include "core/domain/ticket.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace civicdesk::core {

// The first rows of a file as they would be imported, for the Import dialog: each row is a
// ticket (or the reason it would be skipped), plus the mapping in use ("CaseID -> service_request_id").
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Where, Reference, Requested, Status, Service, Address, Location, Channel, Problem, ColumnCount };
    static constexpr int kRows = 50;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // source: "open311" (requests), "open311-services", a CSV profile name or a mapping file.
    // Throws Error when the file cannot be read at all (the dialog shows the message).
    void load(const QString &fileName, const QString &source);
    void clear();

    QStringList mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString where;
        Ticket ticket;
        QString problem;
    };
    QList<Row> m_rows;
    QStringList m_mapping;
};

} // namespace civicdesk::core
