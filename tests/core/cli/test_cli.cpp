#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Drives the real civicdesk-cli binary, as a script or cron job would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("CIVICDESK_CLI"), QStringList{QStringLiteral("--profile"), m_dir.path()} + args);
        if (!p.waitForStarted())
            return {-1, {}, "did not start"};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QTemporaryDir m_dir;

    static QByteArray pothole(const QByteArray &extra = {})
    {
        return R"({"service_code":"POTHOLE","description":"Hole by the bus stop",
                   "attributes":{"POTHOLE_SIZE":"MEDIUM"},"address":"12 Elm Street","lat":40.71,"long":-74.0,
                   "caller":{"first_name":"Dana","phone":"555-234-0198","email":"dana@example.org"})"
               + extra + "}";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CIVICDESK_CLI"), "run through ctest");
        QVERIFY(m_dir.isValid());
    }

    void versionAndInit()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("civicdesk-cli "));
        const Result init = run({QStringLiteral("init"), QStringLiteral("--workstation"), QStringLiteral("K7M"),
                                 QStringLiteral("--json")});
        QCOMPARE(init.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(init.out).object();
        QCOMPARE(o.value(QStringLiteral("workstation")).toString(), QStringLiteral("K7M"));
        QVERIFY(o.value(QStringLiteral("services")).toInt() >= 40);
    }

    void catalogJsonIsOpen311Shaped()
    {
        const Result r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray services = QJsonDocument::fromJson(r.out).array();
        QVERIFY(services.size() >= 40);
        for (const auto &s : services) {
            QVERIFY(s.toObject().value(QStringLiteral("service_code")).isString());
            QVERIFY(s.toObject().value(QStringLiteral("service_name")).isString());
        }
    }

    void ticketLifecycleAndRoundTrip()
    {
        const Result add = run({QStringLiteral("tickets"), QStringLiteral("add"), QStringLiteral("--json"),
                                QStringLiteral("-")},
                               pothole());
        QCOMPARE(add.exitCode, 0);
        const QString ref = QString::fromUtf8(add.out).trimmed();
        QVERIFY(ref.startsWith(QStringLiteral("K7M-")));
        QCOMPARE(run({QStringLiteral("tickets"), QStringLiteral("note"), ref, QStringLiteral("Crew called"),
                      QStringLiteral("--internal")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("tickets"), QStringLiteral("set-status"), ref, QStringLiteral("in_progress"),
                      QStringLiteral("--note"), QStringLiteral("Crew dispatched")})
                     .exitCode,
                 0);
        const Result show = run({QStringLiteral("tickets"), QStringLiteral("show"), ref, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject ticket = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(ticket.value(QStringLiteral("notes")).toArray().size(), 2);
        QCOMPARE(ticket.value(QStringLiteral("caller")).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15552340198"));

        // Fed back into another profile, it is the same ticket.
        QTemporaryDir other;
        QProcess p;
        p.start(qEnvironmentVariable("CIVICDESK_CLI"),
                {QStringLiteral("--profile"), other.path(), QStringLiteral("tickets"), QStringLiteral("add"),
                 QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(p.waitForStarted());
        p.write(show.out);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QProcess again;
        again.start(qEnvironmentVariable("CIVICDESK_CLI"), {QStringLiteral("--profile"), other.path(),
                                                            QStringLiteral("tickets"), QStringLiteral("show"), ref,
                                                            QStringLiteral("--json")});
        QVERIFY(again.waitForFinished());
        QCOMPARE(QJsonDocument::fromJson(again.readAllStandardOutput()).object(), ticket);

        const Result list = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--status"),
                                 QStringLiteral("in_progress"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        const Result none = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--status"),
                                 QStringLiteral("closed"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    }

    void listLimit()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run({QStringLiteral("tickets"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                         pothole())
                         .exitCode,
                     0);
        const Result all = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json")});
        const int total = static_cast<int>(QJsonDocument::fromJson(all.out).array().size());
        QVERIFY(total >= 4);
        const Result two = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--limit"),
                                QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(two.out).array().size(), 2);
        const Result text = run({QStringLiteral("tickets"), QStringLiteral("list")});
        QCOMPARE(text.out.count('\n'), total);
    }

    // Each bad input: one clear line on stderr, a non-zero exit, and nothing written.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QStringList add = {QStringLiteral("tickets"), QStringLiteral("add"), QStringLiteral("--json"),
                                 QStringLiteral("-")};
        QTest::newRow("invalid json") << add << QByteArray("{\"service_code\": \"POTHOLE\",\n oops}")
                                      << QStringLiteral("<stdin>:2:");
        QTest::newRow("unknown service") << add << QByteArray(R"({"service_code":"UFO"})")
                                         << QStringLiteral("service_code: unknown service code \"UFO\"");
        QTest::newRow("missing attribute") << add << QByteArray(R"({"service_code":"POTHOLE"})")
                                           << QStringLiteral("attributes.POTHOLE_SIZE: is required");
        QTest::newRow("long description") << add << pothole(",\"description\":\"" + QByteArray(4001, 'x') + "\"").replace("\"description\":\"Hole by the bus stop\",", "")
                                          << QStringLiteral("description: is 4001 characters");
        QTest::newRow("html") << add << pothole().replace("Hole by the bus stop", "<b>hole</b>")
                              << QStringLiteral("description: must be plain text");
        QTest::newRow("phone") << add << pothole().replace("555-234-0198", "12")
                               << QStringLiteral("caller.phone");
        QTest::newRow("email") << add << pothole().replace("dana@example.org", "dana@")
                               << QStringLiteral("caller.email");
        QTest::newRow("latitude") << add << pothole().replace("40.71", "140.71") << QStringLiteral("lat: 140.71 is out of range");
        QTest::newRow("longitude") << add << pothole().replace("-74.0", "-274.0") << QStringLiteral("long: -274 is out of range");
        QTest::newRow("status") << QStringList{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--status"),
                                               QStringLiteral("done")}
                                << QByteArray() << QStringLiteral("unknown status \"done\"");
        QTest::newRow("set status") << QStringList{QStringLiteral("tickets"), QStringLiteral("set-status"),
                                                   QStringLiteral("NOPE"), QStringLiteral("done")}
                                    << QByteArray() << QStringLiteral("unknown status \"done\"");
        QTest::newRow("unknown ref") << QStringList{QStringLiteral("tickets"), QStringLiteral("show"), QStringLiteral("ZZZ-ZZZ-ZZZZ")}
                                     << QByteArray() << QStringLiteral("no ticket with reference");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray()
                                         << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--colour")}
                                        << QByteArray() << QStringLiteral("unknown option --colour");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Result before = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json")});
        const Result r = run(args, input.isEmpty() ? QByteArray() : input);
        QVERIFY(r.exitCode != 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.trimmed().count(u'\n'), 0); // one line
        const Result after = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(after.out, before.out);
    }

    // kb import is a write like the console editor's: the store refuses a user who is no editor.
    void kbImportNeedsAnEditor()
    {
        QFile file(m_dir.filePath(QStringLiteral("article.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"id": "cli-import-test", "title": "Quarry blasting hours", "answer_markdown": "Weekdays only."})"
            "\n");
        file.close();
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "kb-cli-tester"); // the CLI's actor when the profile names none
        const Result refused = run({QStringLiteral("kb"), QStringLiteral("import"), file.fileName()});
        const Result missing =
            run({QStringLiteral("kb"), QStringLiteral("show"), QStringLiteral("cli-import-test")});
        const Result set = run({QStringLiteral("kb"), QStringLiteral("editors"), QStringLiteral("--set"),
                                QStringLiteral("kb-cli-tester")});
        const Result imported = run({QStringLiteral("kb"), QStringLiteral("import"), file.fileName()});
        const Result shown =
            run({QStringLiteral("kb"), QStringLiteral("show"), QStringLiteral("cli-import-test")});
        qputenv("USER", user);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("kb-cli-tester may not edit the knowledge base"),
                 refused.err.constData());
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("1 added or changed"), imported.out.constData());
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("Quarry blasting hours"));
    }

    void newerSchemaProfile()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(qEnvironmentVariable("CIVICDESK_CLI"), {QStringLiteral("--profile"), dir.path(), QStringLiteral("init")});
        QVERIFY(p.waitForFinished());
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("civicdesk.sqlite")), QStringLiteral("PRAGMA user_version = 99;")});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        QProcess q;
        q.start(qEnvironmentVariable("CIVICDESK_CLI"), {QStringLiteral("--profile"), dir.path(), QStringLiteral("tickets"), QStringLiteral("list")});
        QVERIFY(q.waitForFinished());
        QCOMPARE(q.exitCode(), 1);
        QVERIFY(QString::fromUtf8(q.readAllStandardError()).contains(QStringLiteral("newer CivicDesk")));
    }
};

CIVICDESK_TEST_MAIN(TestCli)
#include "test_cli.moc"
