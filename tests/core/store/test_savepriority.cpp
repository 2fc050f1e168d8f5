// A ticket save goes before an import's next batch (issue #13, point 2): while a save says it
// waits, the import's yieldTo() waits too; without one it does not.
#include "core/store/savepriority.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <optional>

using namespace civicdesk;

class TestSavePriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importWaitsWhileASaveWaits()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        QElapsedTimer timer;

        timer.start();
        core::SavePriority::yieldTo(db, std::chrono::milliseconds(2000));
        QVERIFY2(timer.elapsed() < 500, "waited with no save waiting");

        std::optional<core::SavePriority> save;
        save.emplace(db);
        timer.start();
        core::SavePriority::yieldTo(db, std::chrono::milliseconds(300));
        QVERIFY2(timer.elapsed() >= 300, "did not wait for the waiting save");

        save.reset(); // the save is done
        timer.start();
        core::SavePriority::yieldTo(db, std::chrono::milliseconds(2000));
        QVERIFY2(timer.elapsed() < 500, "waited after the save was done");
    }
};

CIVICDESK_TEST_MAIN(TestSavePriority)
#include "test_savepriority.moc"
