// The status bar names a server connection without TLS as such (issue #13, point 5).
#include "support/testmain.h"
#include "widgets/sync/syncstatuswidget.h"

using namespace civicdesk;

class TestTlsStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextConnectionIsNamed()
    {
        widgets::SyncStatusWidget w;
        core::SyncStatus s;
        s.state = core::SyncStatus::State::Online;
        s.lastSync = QDateTime::currentDateTimeUtc();
        w.setStatus(s);
        QVERIFY2(!w.text().contains(QStringLiteral("TLS")), qPrintable(w.text()));
        s.tls = false;
        w.setStatus(s);
        QVERIFY2(w.text().startsWith(QStringLiteral("Online without TLS")), qPrintable(w.text()));
        s.state = core::SyncStatus::State::Syncing;
        w.setStatus(s);
        QVERIFY2(w.text().contains(QStringLiteral("without TLS")), qPrintable(w.text()));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestTlsStatus)
#include "test_tlsstatus.moc"
