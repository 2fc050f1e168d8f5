#include "widgets/appearance/appearancemenu.h"

#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "widgets/appearance/appearance.h"

#include <QActionGroup>
#include <QDebug>

namespace civicdesk::widgets {

namespace {
QString labelFor(core::ThemeSetting::Theme theme)
{
    using Theme = core::ThemeSetting::Theme;
    switch (theme) {
    case Theme::System:
        return AppearanceMenu::tr("&System");
    case Theme::Light:
        return AppearanceMenu::tr("&Light");
    case Theme::Dark:
        return AppearanceMenu::tr("&Dark");
    case Theme::HighContrast:
        return AppearanceMenu::tr("&High contrast");
    }
    return {};
}
} // namespace

AppearanceMenu::AppearanceMenu(const core::Profile &profile, QWidget *parent)
    : QMenu(tr("&Appearance"), parent), m_profile(profile)
{
    setObjectName(QStringLiteral("appearanceMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const core::ThemeSetting::Theme kept = core::ThemeSetting::load(profile);
    for (core::ThemeSetting::Theme theme : core::ThemeSetting::all()) {
        QAction *action = addAction(labelFor(theme));
        action->setObjectName(QStringLiteral("appearance_") + core::ThemeSetting::toKey(theme));
        action->setCheckable(true);
        action->setChecked(theme == kept);
        action->setData(static_cast<int>(theme));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { choose(theme); });
    }
    actionFor(core::ThemeSetting::Theme::System)
        ->setToolTip(tr("Follow the desktop's light or dark colours"));
    actionFor(core::ThemeSetting::Theme::HighContrast)
        ->setToolTip(tr("White on black with yellow focus and selection"));
    setToolTipsVisible(true);
    if (kept != Appearance::current())
        Appearance::apply(kept);
}

QAction *AppearanceMenu::actionFor(core::ThemeSetting::Theme theme) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == static_cast<int>(theme))
            return action;
    }
    return nullptr;
}

void AppearanceMenu::choose(core::ThemeSetting::Theme theme)
{
    Appearance::apply(theme);
    try {
        core::ThemeSetting::save(m_profile, theme);
    } catch (const core::Error &e) {
        // The theme still applies for this session; only keeping it failed.
        qWarning().noquote() << e.message();
    }
    Q_EMIT themeChanged(theme);
}

} // namespace civicdesk::widgets
