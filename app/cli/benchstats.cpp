#include "cli/benchstats.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace civicdesk::cli::benchstats {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::min(values.size() - 1, rank > 0 ? rank - 1 : 0)];
}

namespace {
double statusFieldMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1.0;
}
} // namespace

double peakRssMb()
{
    return statusFieldMb("VmHWM:");
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double currentRssMb()
{
    return statusFieldMb("VmRSS:");
}

} // namespace civicdesk::cli::benchstats
