#include "widgets/kb/kbhitdelegate.h"

#include "core/kb/kbhit.h"
#include "core/kb/kbhitlistmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace civicdesk::widgets {

QString KbHitDelegate::html(const QModelIndex &index)
{
    QString snippet = index.data(core::KbHitListModel::SnippetRole).toString().toHtmlEscaped();
    snippet.replace(core::KbHit::kHighlightStart, QStringLiteral("<b>"));
    snippet.replace(core::KbHit::kHighlightEnd, QStringLiteral("</b>"));
    return QStringLiteral("<b>%1</b><br/><small>%2</small>").arg(index.data().toString().toHtmlEscaped(), snippet);
}

void KbHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index));
    doc.setTextWidth(option.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize KbHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index));
    doc.setTextWidth(std::max(120, option.rect.width() - 8));
    return {int(doc.idealWidth()) + 8, int(doc.size().height()) + 4};
}

} // namespace civicdesk::widgets
