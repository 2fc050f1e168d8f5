#pragma once

// Shared by the sync integration tests: a fresh PostgreSQL database per test on the private
// server that tools/dev test starts (CIVICDESK_TEST_PG_URL), and workstations as throw-away
// profiles that sync against it.
#include "core/domain/referencenumber.h"
#include "core/store/sqlquery.h"
#include "core/sync/serverconnection.h"
#include "core/sync/servermigrator.h"
#include "core/sync/syncsession.h"
#include "support/requireall.h"
#include "support/tempprofile.h"

#include <QUrl>
#include <QUuid>
#include <QtTest>
#include <memory>

namespace civicdesk::testsupport {

class TestServer
{
public:
    // Empty when the environment has no test server (the test then skips).
    static QString superuserUrl() { return qEnvironmentVariable("CIVICDESK_TEST_PG_URL"); }

    TestServer()
    {
        m_name = QStringLiteral("civicdesk_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        core::SqlQuery::execute(admin(), QStringLiteral("CREATE DATABASE %1").arg(m_name));
        QUrl u(superuserUrl());
        u.setPath(u'/' + m_name);
        m_url = u.toString();
        core::ServerMigrator(connection(QStringLiteral("init"))).migrate();
    }

    ~TestServer()
    {
        for (const QString &c : std::as_const(m_connections))
            core::ServerConnection::close(c);
        try {
            core::SqlQuery::execute(admin(),
                                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        } catch (const core::Error &) {
            // The server may be down after a fault test; the temporary cluster goes anyway.
        }
        core::ServerConnection::close(QStringLiteral("civicdesk-test-admin"));
    }

    QString url() const { return m_url; }
    core::ServerSettings settings(const QString &user = {}) const
    {
        core::ServerSettings s;
        s.url = m_url;
        s.user = user;
        s.sslMode = QStringLiteral("disable");
        return s;
    }

    // A superuser connection to this test's database, by purpose.
    QSqlDatabase connection(const QString &purpose, const QString &user = {})
    {
        const QString name = QStringLiteral("%1-%2").arg(m_name, purpose);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        m_connections.append(name);
        return core::ServerConnection::open(settings(user), {}, name, false);
    }

    qint64 count(const QString &sql)
    {
        core::SqlQuery q(connection(QStringLiteral("count")), sql);
        q.exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    static QSqlDatabase admin()
    {
        const QString name = QStringLiteral("civicdesk-test-admin");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        core::ServerSettings s;
        s.url = superuserUrl();
        s.sslMode = QStringLiteral("disable");
        return core::ServerConnection::open(s, {}, name, false);
    }

    QString m_name;
    QString m_url;
    QStringList m_connections;
};

// One workstation: its own profile, code and server connection.
class Workstation
{
public:
    Workstation(TestServer &server, int index, const QString &user = {})
        : m_server(server), m_user(user),
          m_connection(QStringLiteral("ws-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        const QByteArray alphabet(core::referencenumber::kAlphabet);
        m_profile.store().setWorkstationCode(
            QStringLiteral("W%1%2")
                .arg(QLatin1Char(alphabet.at(index / alphabet.size() % alphabet.size())))
                .arg(QLatin1Char(alphabet.at(index % alphabet.size()))));
        m_profile.store().setActor(QStringLiteral("agent%1").arg(index));
    }
    ~Workstation() { core::ServerConnection::close(m_connection); }

    core::LocalStore &store() { return m_profile.store(); }
    TempProfile &profile() { return m_profile; }

    core::SyncReport sync()
    {
        if (!QSqlDatabase::contains(m_connection))
            core::ServerConnection::open(m_server.settings(m_user), {}, m_connection);
        core::SyncSession session(store().database(), QSqlDatabase::database(m_connection, false),
                                  m_server.settings(m_user));
        try {
            return session.run();
        } catch (const core::Error &) {
            core::ServerConnection::close(m_connection);
            throw;
        }
    }

    qint64 local(const QString &sql) { return countIn(store(), sql); }
    static qint64 countIn(core::LocalStore &store, const QString &sql)
    {
        core::SqlQuery q(store.database().connection(), sql);
        q.exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    TestServer &m_server;
    QString m_user;
    QString m_connection;
    TempProfile m_profile;
};

} // namespace civicdesk::testsupport

#define CIVICDESK_REQUIRE_TEST_SERVER()                                                                      \
    do {                                                                                                     \
        if (civicdesk::testsupport::TestServer::superuserUrl().isEmpty())                                    \
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral(                                                           \
                "CIVICDESK_TEST_PG_URL is not set: run the integration tests with tools/dev test"));         \
    } while (false)

// support/testmain.h pulls in QApplication, which the integration tests (core only) do not
// link; this is its QCoreApplication half.
#define CIVICDESK_SYNC_TEST_MAIN(TestObject)                                                                 \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        qunsetenv("CIVICDESK_PROFILE");                                                                      \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
