#include "widgets/accessibility/announcer.h"

#include <QAccessible>
#include <QString>
#include <QWidget>

namespace civicdesk::widgets {

void Announcer::announce(QWidget *source, const QString &message, Priority priority)
{
    if (!source || message.isEmpty())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(source, message);
    event.setPoliteness(priority == Priority::Assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                                        : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    // Qt before 6.8 has no announcement event. The message becomes the source's accessible
    // description, and the readers are told it changed; an emergency is also an alert, which
    // Windows sounds and readers that track alerts read out.
    source->setAccessibleDescription(message);
    QAccessibleEvent changed(source, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (priority == Priority::Assertive) {
        QAccessibleEvent alert(source, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
#endif
}

} // namespace civicdesk::widgets
