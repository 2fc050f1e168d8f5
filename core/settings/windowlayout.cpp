#include "core/settings/windowlayout.h"

#include <QDataStream>
#include <QSettings>

namespace civicdesk::core {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kDockStateKey = QStringLiteral("window/dock_state");
const QString kSplittersGroup = QStringLiteral("window_splitters");

// QWidget::saveGeometry starts with this number and a format version (Qt 5 and 6 write 2 or 3).
constexpr quint32 kGeometryMagic = 0x1D9D0CB;

QByteArray bytesOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}
} // namespace

WindowLayout WindowLayout::load(const Profile &profile)
{
    const QSettings s(profile.settingsPath(), QSettings::IniFormat);
    WindowLayout layout;
    layout.geometry = bytesOf(s.value(kGeometryKey));
    layout.dockState = bytesOf(s.value(kDockStateKey));
    QSettings group(profile.settingsPath(), QSettings::IniFormat);
    group.beginGroup(kSplittersGroup);
    for (const QString &name : group.childKeys()) {
        const QByteArray state = bytesOf(group.value(name));
        if (!state.isEmpty())
            layout.splitters.insert(name, state);
    }
    return layout;
}

void WindowLayout::save(const Profile &profile) const
{
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.setValue(kGeometryKey, geometry);
    s.setValue(kDockStateKey, dockState);
    s.remove(kSplittersGroup);
    s.beginGroup(kSplittersGroup);
    for (auto it = splitters.cbegin(); it != splitters.cend(); ++it)
        s.setValue(it.key(), it.value());
    s.endGroup();
    s.sync();
}

std::optional<QRect> WindowLayout::savedFrame(const QByteArray &geometry)
{
    QDataStream stream(geometry);
    stream.setVersion(QDataStream::Qt_4_0); // the version QWidget::saveGeometry writes with
    quint32 magic = 0;
    quint16 major = 0;
    quint16 minor = 0;
    QRect frame;
    stream >> magic >> major >> minor >> frame;
    if (stream.status() != QDataStream::Ok || magic != kGeometryMagic || major < 1 || major > 3 ||
        !frame.isValid())
        return std::nullopt;
    return frame;
}

bool WindowLayout::reachable(const QRect &frame, const QList<QRect> &screens)
{
    // The strip a user drags the window by: its top 24 pixels. A third of it, or 100 pixels
    // when the window is wider, must lie on one screen.
    const QRect titleBar(frame.left(), frame.top(), frame.width(), std::min(frame.height(), 24));
    const int needed = std::min(100, std::max(1, titleBar.width() / 3));
    for (const QRect &screen : screens) {
        const QRect shown = titleBar.intersected(screen);
        if (shown.width() >= needed && shown.height() >= std::min(8, titleBar.height()))
            return true;
    }
    return false;
}

} // namespace civicdesk::core
