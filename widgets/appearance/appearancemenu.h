#pragma once

#include "core/appearance/themesetting.h"

#include <QMenu>

class QActionGroup;

namespace civicdesk::core {
class Profile;
}

namespace civicdesk::widgets {

// View > Appearance: System, Light, Dark, High contrast. The choice is applied at once and kept
// in the profile's settings; the constructor applies the kept one, so it holds from the start.
class AppearanceMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceMenu)

public:
    AppearanceMenu(const core::Profile &profile, QWidget *parent = nullptr);

    QAction *actionFor(core::ThemeSetting::Theme theme) const;

Q_SIGNALS:
    void themeChanged(core::ThemeSetting::Theme theme);

private:
    void choose(core::ThemeSetting::Theme theme);

    const core::Profile &m_profile;
    QActionGroup *m_group = nullptr;
};

} // namespace civicdesk::widgets
