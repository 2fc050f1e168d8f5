#pragma once

#include <QStyledItemDelegate>

namespace civicdesk::widgets {

// Draws a search result as its title over its snippet, with the matched words in bold.
class KbHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Title and snippet as HTML; everything from the article is escaped.
    static QString html(const QModelIndex &index);
    // A snippet's Markdown rendered as HTML (bold, italics, link texts; no markup left), with
    // the matched words in bold.
    static QString snippetHtml(const QString &snippet);
};

} // namespace civicdesk::widgets
