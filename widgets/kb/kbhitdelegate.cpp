#include "widgets/kb/kbhitdelegate.h"

#include "core/kb/kbhit.h"
#include "core/kb/kbhitlistmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace civicdesk::widgets {

QString KbHitDelegate::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    // A snippet is a cut of the article's Markdown: its emphasis becomes HTML emphasis, links
    // their text, and the markup that is left (a heading's #, a list's dash, an emphasis cut in
    // half at the snippet's edge) goes, so no ** or [text](url) reaches the list.
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w*])([*_])(?=\\S)([^*_]+?)(?<=\\S)\\1(?![\\w*])"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression code(QStringLiteral("`+"));
    static const QRegularExpression leftover(
        QStringLiteral("\\*\\*|__|(?:^|(?<=\\s))(?:#{1,6}|[-*+]|>|\\d+\\.)(?=\\s)"));
    html.replace(link, QStringLiteral("\\1"));
    html.replace(strong, QStringLiteral("<b>\\2</b>"));
    html.replace(emphasis, QStringLiteral("<i>\\2</i>"));
    html.remove(code);
    html.remove(leftover);
    html.replace(core::KbHit::kHighlightStart, QStringLiteral("<b>"));
    html.replace(core::KbHit::kHighlightEnd, QStringLiteral("</b>"));
    return html.simplified();
}

QString KbHitDelegate::html(const QModelIndex &index)
{
    return QStringLiteral("<b>%1</b><br/><small>%2</small>")
        .arg(index.data().toString().toHtmlEscaped(),
             snippetHtml(index.data(core::KbHitListModel::SnippetRole).toString()));
}

void KbHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
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
