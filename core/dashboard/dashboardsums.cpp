#include "core/dashboard/dashboardsums.h"

#include "core/domain/error.h"
#include "core/domain/ticketstatus.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>

namespace civicdesk::core {

namespace {
// Past this, hours to close are counted in a map rather than in a dense array.
constexpr qint64 kDenseHours = 24 * 400;
constexpr quint8 kBlobVersion = 1;
constexpr char kSeparator = '\x1f';
} // namespace

DashboardSums::StatusClass DashboardSums::statusClass(QByteArrayView status)
{
    const auto found = m_statusClasses.constFind(QByteArray::fromRawData(status.data(), status.size()));
    if (found != m_statusClasses.cend())
        return found.value();
    // An unknown key is neither, as it was for the SQL's IN lists.
    const auto known = ticketstatus::fromKey(QString::fromUtf8(status));
    const StatusClass c = !known                           ? Other
                          : !ticketstatus::isOpen(*known)  ? Closed
                          : *known != TicketStatus::OnHold ? Running
                                                           : Other;
    m_statusClasses.insert(status.toByteArray(), c);
    return c;
}

void DashboardSums::add(const Ticket &t, bool inRange)
{
    const StatusClass status = statusClass(t.status);
    const bool closed = status == Closed;

    // The backlog reads every ticket requested before the end of the range.
    const qint64 requestedDay = t.requested / 86400000;
    ++m_pairs[{requestedDay, closed && t.closeTime ? *t.closeTime / 86400000 : -1}];
    if (!inRange)
        return;

    ++m_utcHours[t.requested / 3600000];

    QByteArray key;
    key.reserve(t.service.size() + t.agency.size() + t.channel.size() + 2);
    key.append(t.service).append(kSeparator).append(t.agency).append(kSeparator).append(t.channel);
    Counts &c = m_combinations[key];
    ++c.tickets;
    if (closed) {
        ++c.closed;
        if (t.expected) {
            ++c.withTarget;
            if (t.closeTime && *t.closeTime <= *t.expected)
                ++c.onTime;
        }
        // Time to close in whole hours (a NULL close time counted as 0, as before).
        const qint64 hours = std::max<qint64>(0, t.closeTime ? (*t.closeTime - t.requested) / 3600000 : 0);
        const QByteArray service = t.service.toByteArray();
        if (hours < kDenseHours) {
            std::vector<qint64> &histogram = m_hoursToClose[service];
            if (size_t(hours) >= histogram.size())
                histogram.resize(size_t(hours) + 1, 0);
            ++histogram[size_t(hours)];
        } else {
            ++m_longHoursToClose[service][hours];
        }
    }

    // SLA consumed % of the running tickets that have a target after their request, as
    // (now - base) * perMs - atBase, which is the sum of (now - requested) * 100 / (due - requested).
    if (status == Running && t.expected && *t.expected > t.requested) {
        const double window = double(*t.expected - t.requested);
        m_consumedPerMs += 100.0 / window;
        m_consumedAtBase += double(t.requested - m_base) * 100.0 / window;
        ++m_consumedCount;
    }
}

void DashboardSums::addBacklogOf(const DashboardSums &other)
{
    for (auto it = other.m_pairs.cbegin(); it != other.m_pairs.cend(); ++it)
        m_pairs[it.key()] += it.value();
}

void DashboardSums::addAll(const DashboardSums &other)
{
    addBacklogOf(other);
    for (auto it = other.m_utcHours.cbegin(); it != other.m_utcHours.cend(); ++it)
        m_utcHours[it.key()] += it.value();
    for (auto it = other.m_combinations.cbegin(); it != other.m_combinations.cend(); ++it) {
        Counts &c = m_combinations[it.key()];
        c.tickets += it->tickets;
        c.closed += it->closed;
        c.onTime += it->onTime;
        c.withTarget += it->withTarget;
    }
    for (auto it = other.m_hoursToClose.cbegin(); it != other.m_hoursToClose.cend(); ++it) {
        std::vector<qint64> &histogram = m_hoursToClose[it.key()];
        if (histogram.size() < it->size())
            histogram.resize(it->size(), 0);
        for (size_t h = 0; h < it->size(); ++h)
            histogram[h] += (*it)[h];
    }
    for (auto it = other.m_longHoursToClose.cbegin(); it != other.m_longHoursToClose.cend(); ++it) {
        QMap<qint64, qint64> &histogram = m_longHoursToClose[it.key()];
        for (auto h = it->cbegin(); h != it->cend(); ++h)
            histogram[h.key()] += h.value();
    }
    // The other's sums move from its base to this one's.
    m_consumedPerMs += other.m_consumedPerMs;
    m_consumedAtBase += other.m_consumedAtBase + double(other.m_base - m_base) * other.m_consumedPerMs;
    m_consumedCount += other.m_consumedCount;
}

std::vector<QByteArray> DashboardSums::combinationParts(const QByteArray &key)
{
    std::vector<QByteArray> parts;
    for (const QByteArray &part : key.split(kSeparator))
        parts.push_back(part);
    parts.resize(3);
    return parts;
}

QMap<QByteArray, QMap<qint64, qint64>> DashboardSums::hoursToClose() const
{
    QMap<QByteArray, QMap<qint64, qint64>> out;
    for (auto it = m_hoursToClose.cbegin(); it != m_hoursToClose.cend(); ++it) {
        for (size_t h = 0; h < it->size(); ++h) {
            if ((*it)[h] > 0)
                out[it.key()].insert(qint64(h), (*it)[h]);
        }
    }
    for (auto it = m_longHoursToClose.cbegin(); it != m_longHoursToClose.cend(); ++it) {
        for (auto h = it->cbegin(); h != it->cend(); ++h)
            out[it.key()][h.key()] += h.value();
    }
    return out;
}

QByteArray DashboardSums::toBlob() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kBlobVersion << m_base << m_utcHours;
    out << qint64(m_combinations.size());
    for (auto it = m_combinations.cbegin(); it != m_combinations.cend(); ++it)
        out << it.key() << it->tickets << it->closed << it->onTime << it->withTarget;
    const QMap<QByteArray, QMap<qint64, qint64>> hours = hoursToClose();
    out << qint64(hours.size());
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        out << it.key() << it.value();
    out << m_consumedPerMs << m_consumedAtBase << m_consumedCount;
    out << qint64(m_pairs.size());
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it)
        out << it.key().first << it.key().second << it.value();
    return blob;
}

DashboardSums DashboardSums::fromBlob(const QByteArray &blob)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    qint64 base = 0;
    in >> version >> base;
    if (version != kBlobVersion)
        throw Error(QStringLiteral("dashboard day summary: unknown version %1").arg(version));
    DashboardSums s(base);
    in >> s.m_utcHours;
    qint64 n = 0;
    in >> n;
    for (qint64 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QByteArray key;
        Counts c;
        in >> key >> c.tickets >> c.closed >> c.onTime >> c.withTarget;
        s.m_combinations.insert(key, c);
    }
    in >> n;
    for (qint64 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QByteArray service;
        QMap<qint64, qint64> histogram;
        in >> service >> histogram;
        std::vector<qint64> &dense = s.m_hoursToClose[service];
        for (auto h = histogram.cbegin(); h != histogram.cend(); ++h) {
            if (h.key() >= 0 && h.key() < kDenseHours) {
                if (size_t(h.key()) >= dense.size())
                    dense.resize(size_t(h.key()) + 1, 0);
                dense[size_t(h.key())] += h.value();
            } else {
                s.m_longHoursToClose[service][h.key()] += h.value();
            }
        }
    }
    in >> s.m_consumedPerMs >> s.m_consumedAtBase >> s.m_consumedCount;
    in >> n;
    for (qint64 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        qint64 requested = 0;
        qint64 closed = 0;
        qint64 count = 0;
        in >> requested >> closed >> count;
        s.m_pairs.insert({requested, closed}, count);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        throw Error(QStringLiteral("dashboard day summary: damaged"));
    return s;
}

} // namespace civicdesk::core
