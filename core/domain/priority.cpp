#include "core/domain/priority.h"

namespace civicdesk::core::priority {

namespace {
constexpr EnumKeys<Priority, kEnumCount<Priority>> kPriorities{
    "Priority",
    KeyMatch::IgnoreCase,
    {{
        {Priority::Low, "low", QT_TRANSLATE_NOOP("Priority", "Low")},
        {Priority::Normal, "normal", QT_TRANSLATE_NOOP("Priority", "Normal")},
        {Priority::High, "high", QT_TRANSLATE_NOOP("Priority", "High")},
        {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("Priority", "Urgent")},
    }}};
static_assert(kPriorities.inEnumOrder(), "one entry per Priority, in enum order");
} // namespace

QString toKey(Priority p)
{
    return kPriorities.toKey(p);
}

QString displayName(Priority p)
{
    return kPriorities.displayName(p);
}

std::optional<Priority> fromKey(const QString &key)
{
    return kPriorities.fromKey(key);
}

QStringList keys()
{
    return kPriorities.keys();
}

} // namespace civicdesk::core::priority
