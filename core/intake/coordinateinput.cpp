#include "core/intake/coordinateinput.h"

#include <QCoreApplication>
#include <cmath>

namespace civicdesk::core::coordinateinput {

namespace {
struct Parsed
{
    std::optional<double> value;
    QString error;
};

Parsed parseText(const QString &input, Axis axis)
{
    QString text = input.trimmed().toUpper();
    if (text.isEmpty())
        return {};
    const bool lat = axis == Axis::Latitude;
    double sign = 1.0;
    const QChar last = text.back();
    if (last == u'N' || last == u'S' || last == u'E' || last == u'W') {
        const bool fitsAxis = lat ? (last == u'N' || last == u'S') : (last == u'E' || last == u'W');
        if (!fitsAxis)
            return {std::nullopt, QCoreApplication::translate("CoordinateInput", "%1 is not a direction for %2")
                                      .arg(last)
                                      .arg(lat ? QCoreApplication::translate("CoordinateInput", "latitude")
                                               : QCoreApplication::translate("CoordinateInput", "longitude"))};
        if (last == u'S' || last == u'W')
            sign = -1.0;
        text.chop(1);
        text = text.trimmed();
    }
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok) * sign;
    if (!ok || !std::isfinite(value))
        return {std::nullopt, QCoreApplication::translate("CoordinateInput", "\"%1\" is not a number of degrees")
                                  .arg(input.trimmed())};
    const double limit = lat ? 90.0 : 180.0;
    if (value < -limit || value > limit)
        return {std::nullopt, QCoreApplication::translate("CoordinateInput", "%1 is out of range (-%2 to %2)")
                                  .arg(input.trimmed())
                                  .arg(limit)};
    return {value, {}};
}
} // namespace

std::optional<double> parse(const QString &text, Axis axis)
{
    return parseText(text, axis).value;
}

std::optional<QString> problem(const QString &text, Axis axis)
{
    const Parsed p = parseText(text, axis);
    if (p.error.isEmpty())
        return std::nullopt;
    return p.error;
}

} // namespace civicdesk::core::coordinateinput
