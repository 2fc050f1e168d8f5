#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace civicdesk::widgets {

// Draws one of CivicDesk's line icons from its SVG source at whatever size and pixel ratio is
// asked, in the text colour of the palette in use, so that an icon stays sharp on a high-DPI
// screen and legible in the dark and high-contrast themes. The SVGs draw in kInk, which is
// replaced by the palette's colour.
class ThemedSvgIconEngine final : public QIconEngine
{
public:
    static constexpr QLatin1StringView kInk{"#202124"};

    explicit ThemedSvgIconEngine(const QString &path);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &pixels, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    // The SVG's resource path: what a test checks the icon is drawn from.
    QString iconName() override;
    bool isNull() override;

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace civicdesk::widgets
