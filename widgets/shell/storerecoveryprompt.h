#pragma once

#include "core/profile/profile.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

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
    static bool run(const core::Profile &profile, const QString &problem, QWidget *parent = nullptr);

    // Tests answer the next prompt without a dialog: true restores, false quits.
    static void setNextAnswer(std::optional<bool> restore);
};

} // namespace civicdesk::widgets
