// Manual pages come from the tables --help prints: the writer spells options as --help does and
// escapes what troff would read as requests, and civicdesk --man lists every option that
// civicdesk --help lists.
#include "core/help/manpage.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QProcess>
#include <QRegularExpression>

using namespace civicdesk;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsAreSpelledAsHelpSpellsThem()
    {
        QCommandLineOption hidden(QStringLiteral("secret"), QStringLiteral("Not shown."));
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        const core::ManPage::Section section = core::ManPage::optionsSection(
            QStringLiteral("Options"),
            {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")),
             QCommandLineOption(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                QStringLiteral("DIR")),
             hidden});
        QCOMPARE(section.entries.size(), 2);
        QCOMPARE(section.entries.at(0).term, QStringLiteral("-h, --help"));
        QCOMPARE(section.entries.at(1).term, QStringLiteral("--profile DIR"));
        QCOMPARE(section.entries.at(1).description, QStringLiteral("Profile folder."));
    }

    void troffRequestsAndMinusSignsAreEscaped()
    {
        core::ManPage page(QStringLiteral("civicdesk"), QStringLiteral("a console"), QStringLiteral("1.0"));
        page.addSection(
            {QStringLiteral("Options"),
             {{QStringLiteral("--profile DIR"), QStringLiteral(".starts with a dot \\ and a backslash")}},
             {}});
        const QString troff = page.toTroff();
        QVERIFY2(troff.contains(QStringLiteral(
                     ".TP\n.B \\-\\-profile DIR\n\\&.starts with a dot \\e and a backslash\n")),
                 qPrintable(troff));
        QVERIFY(troff.startsWith(QStringLiteral(".TH CIVICDESK 1 ")));
    }

    void theConsolePageListsEveryOptionOfItsHelp()
    {
        const QString gui = qEnvironmentVariable("CIVICDESK_GUI");
        if (gui.isEmpty())
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_GUI is not set (run through ctest)"));
        const QString help = run(gui, {QStringLiteral("--help")});
        const QString man = run(gui, {QStringLiteral("--man")});
        QVERIFY(!help.isEmpty());
        QVERIFY(man.startsWith(QStringLiteral(".TH CIVICDESK 1 ")));
        static const QRegularExpression longOption(QStringLiteral("^\\s+(?:-\\S+, )?--([a-z-]+)( <[A-Z]+>)?"),
                                                   QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = longOption.globalMatch(help); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            ++count;
            const QString name =
                QStringLiteral("\\-\\-") + QString(m.captured(1)).replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(
                man.contains(QRegularExpression(QStringLiteral("\\n\\.B [^\\n]*") +
                                                QRegularExpression::escape(name) + QStringLiteral("\\b"))),
                qPrintable(m.captured(1)));
        }
        QVERIFY2(count >= 7, qPrintable(help)); // help, version, profile, language, caller, demo, man
        QVERIFY(man.contains(QStringLiteral(".B tel:NUMBER")));
    }
};

CIVICDESK_TEST_MAIN(TestManPage)
#include "test_manpage.moc"
