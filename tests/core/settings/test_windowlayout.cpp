// The rules behind the window's saved layout, without a screen: which saved geometry may be
// used, and how [window] in civicdesk.ini reads back, damaged values included.
#include "core/settings/windowlayout.h"
#include "support/testmain.h"

#include <QDataStream>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
// The head of what QWidget::saveGeometry writes: magic number, format version, frame.
QByteArray geometryHead(quint32 magic, quint16 major, const QRect &frame)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_4_0);
    out << magic << major << quint16(0) << frame << frame << qint32(0);
    return bytes;
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachable_data()
    {
        QTest::addColumn<QRect>("frame");
        QTest::addColumn<QList<QRect>>("screens");
        QTest::addColumn<bool>("reachable");
        const QRect laptop(0, 0, 1366, 768);
        const QRect right(1366, 0, 1920, 1080);
        QTest::newRow("inside") << QRect(40, 30, 1000, 700) << QList<QRect>{laptop} << true;
        QTest::newRow("larger than the screen") << QRect(0, 0, 1920, 1080) << QList<QRect>{laptop} << true;
        QTest::newRow("on a screen that is gone")
            << QRect(1500, 40, 1200, 900) << QList<QRect>{laptop} << false;
        QTest::newRow("on the second screen")
            << QRect(1500, 40, 1200, 900) << QList<QRect>{laptop, right} << true;
        QTest::newRow("title bar above the top")
            << QRect(100, -200, 800, 600) << QList<QRect>{laptop} << false;
        QTest::newRow("a sliver at the right edge")
            << QRect(1330, 100, 800, 600) << QList<QRect>{laptop} << false;
        QTest::newRow("half off the left edge") << QRect(-400, 100, 800, 600) << QList<QRect>{laptop} << true;
        QTest::newRow("no screens") << QRect(0, 0, 800, 600) << QList<QRect>{} << false;
    }

    void reachable()
    {
        QFETCH(QRect, frame);
        QFETCH(QList<QRect>, screens);
        QFETCH(bool, reachable);
        QCOMPARE(core::WindowLayout::reachable(frame, screens), reachable);
    }

    void savedFrameReadsTheHeadAndRefusesForeignBytes()
    {
        const QRect frame(12, 34, 1000, 700);
        QCOMPARE(core::WindowLayout::savedFrame(geometryHead(0x1D9D0CB, 3, frame)),
                 std::optional<QRect>(frame));
        QCOMPARE(core::WindowLayout::savedFrame(geometryHead(0x1D9D0CC, 3, frame)), std::nullopt);
        QCOMPARE(core::WindowLayout::savedFrame(geometryHead(0x1D9D0CB, 9, frame)), std::nullopt);
        QCOMPARE(core::WindowLayout::savedFrame(geometryHead(0x1D9D0CB, 3, frame).left(10)), std::nullopt);
        QCOMPARE(core::WindowLayout::savedFrame(QByteArray()), std::nullopt);
        QCOMPARE(core::WindowLayout::savedFrame(QByteArrayLiteral("not a geometry at all")), std::nullopt);
    }

    void savesAndLoadsBesideOtherKeys()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        {
            QSettings s(profile.settingsPath(), QSettings::IniFormat);
            s.setValue(QStringLiteral("console/language"), QStringLiteral("fr"));
        }
        core::WindowLayout layout;
        layout.geometry = QByteArrayLiteral("g\x01\x02");
        layout.dockState = QByteArrayLiteral("d\x03");
        layout.splitters.insert(QStringLiteral("ticketsSplitter"), QByteArrayLiteral("s1"));
        layout.splitters.insert(QStringLiteral("kbSplitter"), QByteArrayLiteral("s2"));
        layout.save(profile);

        const core::WindowLayout read = core::WindowLayout::load(profile);
        QCOMPARE(read.geometry, layout.geometry);
        QCOMPARE(read.dockState, layout.dockState);
        QCOMPARE(read.splitters, layout.splitters);
        QCOMPARE(
            QSettings(profile.settingsPath(), QSettings::IniFormat).value(QStringLiteral("console/language")),
            QVariant(QStringLiteral("fr")));

        // A splitter no longer saved is gone on the next save.
        layout.splitters.remove(QStringLiteral("kbSplitter"));
        layout.save(profile);
        QCOMPARE(core::WindowLayout::load(profile).splitters.keys(),
                 QStringList{QStringLiteral("ticketsSplitter")});
    }

    void valuesOfTheWrongTypeReadAsEmpty()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        QFile ini(profile.settingsPath());
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[window]\ngeometry=hello\ndock_state=1, 2, 3\n[window_splitters]\nticketsSplitter=wide\n");
        ini.close();
        const core::WindowLayout layout = core::WindowLayout::load(profile);
        QVERIFY(layout.isEmpty());
        QVERIFY(core::WindowLayout::load(core::Profile(dir.filePath(QStringLiteral("none")))).isEmpty());
    }
};

CIVICDESK_TEST_MAIN(TestWindowLayout)
#include "test_windowlayout.moc"
