// The profile folder chosen in Preferences: kept outside any profile, used from the next start,
// and below --profile and $CIVICDESK_PROFILE.
#include "core/domain/error.h"
#include "core/profile/profile.h"
#include "core/settings/profilelocation.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

class TestProfileLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QFile::remove(core::ProfileLocation::filePath()); }
    void cleanup() { QFile::remove(core::ProfileLocation::filePath()); }

    void chosenFolderIsUsedBelowOptionAndEnvironment()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("desk-profile"));
        QCOMPARE(core::Profile::resolveDirectory({}), core::ProfileLocation::defaultDirectory());
        core::ProfileLocation::choose(folder);
        QVERIFY(QDir(folder).exists()); // checked by creating it
        QCOMPARE(core::ProfileLocation::chosen(), folder);
        QCOMPARE(core::Profile::resolveDirectory({}), folder);
        QCOMPARE(core::Profile::resolveDirectory(dir.path()), dir.path());
        qputenv("CIVICDESK_PROFILE", dir.path().toUtf8());
        QCOMPARE(core::Profile::resolveDirectory({}), dir.path());
        qunsetenv("CIVICDESK_PROFILE");
        core::ProfileLocation::choose({});
        QCOMPARE(core::Profile::resolveDirectory({}), core::ProfileLocation::defaultDirectory());
    }

    void unusableFolderIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("relative") << QStringLiteral("relative/profile");
        QTest::newRow("under a file") << QStringLiteral("FILE/profile");
    }
    void unusableFolderIsRefusedAndNothingChanges()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        folder.replace(QStringLiteral("FILE"), file.fileName());
        QVERIFY_THROWS_EXCEPTION(core::Error, core::ProfileLocation::choose(folder));
        QCOMPARE(core::ProfileLocation::chosen(), QString());
    }

    void relativePathInFileIsIgnored()
    {
        QDir().mkpath(QFileInfo(core::ProfileLocation::filePath()).absolutePath());
        QFile f(core::ProfileLocation::filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile]\ndirectory=some/where\n");
        f.close();
        QCOMPARE(core::ProfileLocation::chosen(), QString());
    }
};

CIVICDESK_TEST_MAIN(TestProfileLocation)
#include "test_profilelocation.moc"
