#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <cstddef>
#include <optional>

namespace civicdesk::core {

// How many enumerators an enum has. Each enum with a key table specialises this next to its
// declaration, so a table that misses a value (or has one too many) does not compile.
template <typename Enum> inline constexpr std::size_t kEnumCount = 0;

// How fromKey() compares what it is given with the stored keys.
enum class KeyMatch {
    Exact,      // keys written by CivicDesk itself
    IgnoreCase, // trimmed, any case
    Loose,      // also "In Progress" and "in-progress" for "in_progress", as people and other systems write
};

// One enum's stable keys (stored in databases and files, never translated) and display names
// (translated in the given context), in enum order. Channel, status, priority and wrap-up code
// each have one such table instead of four hand-written lookups.
template <typename Enum, std::size_t N> class EnumKeys final
{
public:
    struct Entry
    {
        Enum value;
        const char *key;
        const char *name; // marked with QT_TRANSLATE_NOOP(context, ...)
    };

    constexpr EnumKeys(const char *context, KeyMatch match, const std::array<Entry, N> &entries)
        : m_context(context), m_match(match), m_entries(entries)
    {
    }

    // True when entry i holds enumerator i, which toKey() and displayName() rely on.
    constexpr bool inEnumOrder() const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (static_cast<std::size_t>(m_entries[i].value) != i)
                return false;
        return N == kEnumCount<Enum>;
    }

    QString toKey(Enum value) const { return QString::fromLatin1(entry(value).key); }
    QString displayName(Enum value) const
    {
        return QCoreApplication::translate(m_context, entry(value).name);
    }

    std::optional<Enum> fromKey(const QString &key) const
    {
        QString normal = m_match == KeyMatch::Exact ? key : key.trimmed().toLower();
        if (m_match == KeyMatch::Loose)
            normal.replace(u' ', u'_').replace(u'-', u'_');
        for (const auto &e : m_entries)
            if (normal == QLatin1String(e.key))
                return e.value;
        return std::nullopt;
    }

    QStringList keys() const
    {
        QStringList result;
        for (const auto &e : m_entries)
            result.append(QString::fromLatin1(e.key));
        return result;
    }

    QList<Enum> values() const
    {
        QList<Enum> result;
        for (const auto &e : m_entries)
            result.append(e.value);
        return result;
    }

private:
    const Entry &entry(Enum value) const { return m_entries[static_cast<std::size_t>(value)]; }

    const char *m_context;
    KeyMatch m_match;
    std::array<Entry, N> m_entries;
};

} // namespace civicdesk::core
