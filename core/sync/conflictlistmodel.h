#pragma once

#include "core/models/texttablemodel.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>

namespace civicdesk::core {

// One change the server refused, as the conflicts dialog lists it.
struct ParkedChange
{
    QString changeId;
    QString reference;
    QString kind;
    QString reason;
    QDateTime parkedAt;
};

// Changes the server refused, newest first, for the conflicts dialog. A person can send one
// back to the outbox (after fixing the cause on the server) or discard it.
class ConflictListModel final : public TextTableModel<QList<ParkedChange>>
{
    Q_OBJECT

public:
    enum Column { Reference, Kind, Reason, ParkedAt, ColumnCount };

    explicit ConflictListModel(const Database &db, QObject *parent = nullptr);

    void reload();
    // Puts the change back at the end of the outbox.
    void retry(int row);
    void discard(int row);

private:
    QString cellText(const ParkedChange &r, int column) const override;
    QString columnTitle(int column) const override;
    // Qt::UserRole: the change's id.
    QVariant otherData(const ParkedChange &r, int role) const override;

    const Database &m_db;
};

} // namespace civicdesk::core
