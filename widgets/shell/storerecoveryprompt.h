#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace civicdesk::widgets {

// Asks what to do with a local store that failed its integrity check at start: restore the
// newest good backup (with the unsynced changes the damaged store still holds) or quit and
// leave everything as it is for support. The store itself is never opened here.
class StoreRecoveryPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecoveryPrompt)

public:
    // True when a backup was restored and the console can open the store.
    // Tests answer it with MessageBox::setNextAnswer: Yes restores (then Ok for the report), No quits.
    static bool run(const core::Profile &profile, const QString &problem, QWidget *parent = nullptr);
};

} // namespace civicdesk::widgets
