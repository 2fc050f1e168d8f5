#pragma once

class QString;
class QWidget;

namespace civicdesk::widgets {

// Tells screen readers about a status change that matters (saved, the reference number, an
// emergency), with accessibility events rather than by moving the focus away from the form.
class Announcer final
{
public:
    enum class Priority {
        Polite,   // read when the reader is idle: "Saved", "Note added"
        Assertive // read at once: the 911 banner
    };

    static void announce(QWidget *source, const QString &message, Priority priority = Priority::Polite);
};

} // namespace civicdesk::widgets
