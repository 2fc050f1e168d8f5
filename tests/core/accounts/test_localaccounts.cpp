#include "core/accounts/localaccounts.h"
#include "core/accounts/localsignin.h"
#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

class TestLocalAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsArgon2idAndSalted()
    {
        const QString a = LocalAccounts::hash(QStringLiteral("correct horse"));
        const QString b = LocalAccounts::hash(QStringLiteral("correct horse"));
        QVERIFY2(a.startsWith(QStringLiteral("$argon2id$")), qPrintable(a));
        QVERIFY(a != b);
    }

    void signInChecksThePassword()
    {
        TempProfile p;
        // A profile without accounts is a single-user workstation.
        const Account single = LocalSignIn::signIn(p.store(), {}, {});
        QCOMPARE(single.role, Role::Administrator);
        QCOMPARE(single.name, QStringLiteral("tester"));

        const LocalAccounts accounts(p.store().database());
        accounts.add({QStringLiteral("kim"), QStringLiteral("Kim Lee"), Role::CallTaker},
                     QStringLiteral("s3cret-words"));
        QVERIFY_THROWS_EXCEPTION(Error, accounts.add({QStringLiteral("kim"), {}, Role::Supervisor},
                                                     QStringLiteral("another-one")));
        QVERIFY_THROWS_EXCEPTION(Error, accounts.add({QStringLiteral("bad name"), {}, Role::Supervisor},
                                                     QStringLiteral("another-one")));
        QVERIFY_THROWS_EXCEPTION(
            Error, accounts.add({QStringLiteral("sam"), {}, Role::Supervisor}, QStringLiteral("short")));

        const Account kim =
            LocalSignIn::signIn(p.store(), QStringLiteral("kim"), QStringLiteral("s3cret-words"));
        QCOMPARE(kim, (Account{QStringLiteral("kim"), QStringLiteral("Kim Lee"), Role::CallTaker}));
        QVERIFY_THROWS_EXCEPTION(
            Error, LocalSignIn::signIn(p.store(), QStringLiteral("kim"), QStringLiteral("s3cret-word")));
        QVERIFY_THROWS_EXCEPTION(
            Error, LocalSignIn::signIn(p.store(), QStringLiteral("nobody"), QStringLiteral("s3cret-words")));
        // Once there are accounts, nobody works unsigned.
        QVERIFY_THROWS_EXCEPTION(Error, LocalSignIn::signIn(p.store(), {}, {}));

        accounts.setRole(QStringLiteral("kim"), Role::Supervisor);
        accounts.setPassword(QStringLiteral("kim"), QStringLiteral("new passphrase"));
        QCOMPARE(LocalSignIn::signIn(p.store(), QStringLiteral("kim"), QStringLiteral("new passphrase")).role,
                 Role::Supervisor);

        // The password itself is stored nowhere.
        SqlQuery q(p.store().database().connection(),
                   QStringLiteral("SELECT password_hash FROM local_accounts"));
        q.exec();
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("passphrase")));
    }

    void rolesGrantWhatTheyShould()
    {
        QVERIFY(role::may(Role::CallTaker, Permission::ChangeOneTicket));
        QVERIFY(!role::may(Role::CallTaker, Permission::ChangeManyTickets));
        QVERIFY(!role::may(Role::CallTaker, Permission::ExportCallerDetails));
        QVERIFY(role::may(Role::Supervisor, Permission::Merge));
        QVERIFY(!role::may(Role::Supervisor, Permission::EditCannedResponses));
        QVERIFY(role::may(Role::Administrator, Permission::ManageAccounts));
        QVERIFY(role::may(Role::Trainer, Permission::ViewDashboard));
        QVERIFY(!role::may(Role::Trainer, Permission::Assign));
        for (const QString &key : role::keys())
            QCOMPARE(role::toKey(*role::fromKey(key)), key);
    }
};

CIVICDESK_TEST_MAIN(TestLocalAccounts)
#include "test_localaccounts.moc"
