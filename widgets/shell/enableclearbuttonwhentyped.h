#pragma once

class QLineEdit;

namespace civicdesk::widgets {

// Gives a line edit its clear button on the first edit rather than at construction. The button
// only shows once there is text, and its icon comes from the icon theme, whose first lookup
// reads every installed theme's index (several milliseconds on X11) on the first paint's path.
void enableClearButtonWhenTyped(QLineEdit *edit);

} // namespace civicdesk::widgets
