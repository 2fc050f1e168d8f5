#pragma once

class QPainter;
class QWidget;

namespace civicdesk::widgets {

// The keyboard focus drawn by a widget that paints itself (the maps): a frame in the palette's
// highlight with a contrasting inner line, visible on any map colours and in every theme.
class FocusFrame final
{
public:
    // Draws the frame when the widget has the focus; does nothing otherwise.
    static void paint(QPainter &painter, const QWidget &widget);
};

} // namespace civicdesk::widgets
