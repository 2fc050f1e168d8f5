#pragma once

#include "core/kb/kbhit.h"
#include "core/models/rowmodel.h"

#include <QAbstractListModel>

namespace civicdesk::core {

// Search results for a list view. The panel replaces them wholesale on every keystroke.
class KbHitListModel final : public RowModel<QAbstractListModel, QList<KbHit>>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SnippetRole, ScoreRole, ServiceCodesRole, AgencyRole, RankRole };

    explicit KbHitListModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    void setHits(const QList<KbHit> &hits);
    const QList<KbHit> &hits() const { return m_rows; }
    const KbHit &hit(int row) const { return m_rows.at(row); }

    // The snippet without highlight markers, for tooltips and screen readers.
    static QString plainSnippet(const QString &snippet);

private:
    QVariant rowData(const Row &row, int column, int role) const override;
};

} // namespace civicdesk::core
