#include "widgets/dashboard/dashboardview.h"

#include "core/dashboard/dashboardreport.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/store/localstore.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/shell/filedialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace civicdesk::widgets {

DashboardView::DashboardView(core::LocalStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("dashboardView"));
    const QDate today =
        core::Clock::current().nowUtc().toTimeZone(store.catalog().calendar.timeZone()).date();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setAccessibleName(tr("Last day"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *apply = new QPushButton(tr("Show"), this);
    connect(apply, &QPushButton::clicked, this, [this] { setRange(m_from->date(), m_to->date()); });
    auto *png = new QPushButton(tr("Export PNG…"), this);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::getExistingDirectory(this, tr("Export the charts to"));
        if (!folder.isEmpty())
            exportPng(folder);
    });
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    ThemedStyleSheet::set(m_message, QStringLiteral("color: {error};"));
    m_tabs = new QTabWidget(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(apply);
    bar->addWidget(png);
    bar->addStretch();
    // The headline figures wrap on a line of their own: beside the range they widened the window
    // past a 1366 px screen.
    m_headline->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

QString DashboardView::message() const
{
    return m_message->text();
}

QStringList DashboardView::chartNames() const
{
    return m_charts.keys();
}

bool DashboardView::setRange(QDate from, QDate to)
{
    try {
        m_data = core::DashboardReport(m_store.database(), m_store.catalog())
                     .build({from, to}, core::Clock::current().nowUtc());
    } catch (const core::Error &e) {
        m_message->setText(e.message());
        return false;
    }
    m_message->clear();
    m_from->setDate(from);
    m_to->setDate(to);
    rebuild();
    return true;
}

void DashboardView::addBarChart(QTabWidget *tabs, const QString &name, const QString &title,
                                const QList<core::DashboardFigure> &figures, const QString &unit)
{
    auto *set = new QBarSet(unit);
    QStringList labels;
    double top = 1.0;
    for (const auto &f : figures) {
        *set << std::max(0.0, f.value);
        labels.append(f.label);
        top = std::max(top, f.value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 8 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this, name](int index) { drill(name, index); });
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setToolTip(tr("Click a bar to open its tickets"));
    tabs->addTab(view, title);
    m_figures.insert(name, figures);
    m_charts.insert(name, view);
}

void DashboardView::addBacklogChart(QTabWidget *tabs)
{
    const QStringList bands = {tr("0-2 days"), tr("3-7 days"), tr("8-30 days"), tr("over 30 days")};
    auto *series = new QStackedBarSeries;
    QStringList days;
    QList<QBarSet *> sets;
    for (const QString &b : bands) {
        sets.append(new QBarSet(b));
        series->append(sets.constLast());
    }
    double top = 1.0;
    for (const auto &s : m_data.backlog) {
        days.append(s.day.toString(QStringLiteral("MM-dd")));
        double sum = 0;
        for (int b = 0; b < 4; ++b) {
            *sets[b] << double(s.bands[b]);
            sum += double(s.bands[b]);
        }
        top = std::max(top, sum);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Open backlog by age"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    x->setLabelsAngle(-60);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // A click drills into today's band of that age (the backlog's past is not a queue).
    for (int b = 0; b < 4; ++b)
        connect(sets[b], &QBarSet::clicked, this, [this, b](int) { drill(QStringLiteral("backlogNow"), b); });
    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("backlog"));
    view->setRenderHint(QPainter::Antialiasing);
    tabs->addTab(view, tr("Backlog"));
    m_charts.insert(QStringLiteral("backlog"), view);
    m_figures.insert(QStringLiteral("backlogNow"), m_data.backlogNow);
}

void DashboardView::rebuild()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_figures.clear();
    m_charts.clear();
    const auto percent = [](double v) {
        return v < 0 ? tr("n/a") : QStringLiteral("%1 %").arg(v, 0, 'f', 1);
    };
    m_headline->setText(tr("%1 tickets · closed within SLA: %2 · SLA consumed (open): %3")
                            .arg(m_data.tickets)
                            .arg(percent(m_data.closedWithinSlaPercent), percent(m_data.slaConsumedPercent)));
    addBarChart(m_tabs, QStringLiteral("volumeByDay"), tr("Tickets by day"), m_data.volumeByDay,
                tr("tickets"));
    addBarChart(m_tabs, QStringLiteral("volumeByWeek"), tr("Tickets by week"), m_data.volumeByWeek,
                tr("tickets"));
    addBarChart(m_tabs, QStringLiteral("volumeByHour"), tr("Tickets by hour of day"),
                m_data.volumeByHourOfDay, tr("tickets"));
    addBarChart(m_tabs, QStringLiteral("volumeByGroup"), tr("Tickets by service group"), m_data.volumeByGroup,
                tr("tickets"));
    addBarChart(m_tabs, QStringLiteral("volumeByChannel"), tr("Tickets by channel"), m_data.volumeByChannel,
                tr("tickets"));
    addBarChart(m_tabs, QStringLiteral("slaByAgency"), tr("% closed within SLA by agency"),
                m_data.closedWithinSlaByAgency, tr("%"));
    addBarChart(m_tabs, QStringLiteral("slaByService"), tr("% closed within SLA by service"),
                m_data.closedWithinSlaByService, tr("%"));
    addBarChart(m_tabs, QStringLiteral("medianClose"), tr("Median hours to close"),
                m_data.medianHoursToCloseByService, tr("hours"));
    addBarChart(m_tabs, QStringLiteral("p90Close"), tr("90th percentile hours to close"),
                m_data.p90HoursToCloseByService, tr("hours"));
    addBacklogChart(m_tabs);
    QList<core::DashboardFigure> calls;
    for (const auto &c : m_data.callTakers)
        calls.append({c.agent,
                      tr("%1 (avg %2 s)").arg(c.agent).arg(qRound(c.averageHandleSeconds)),
                      double(c.calls),
                      c.calls,
                      {},
                      false});
    addBarChart(m_tabs, QStringLiteral("callTakers"), tr("Calls by call taker"), calls, tr("calls"));
    addBarChart(m_tabs, QStringLiteral("wrapUps"), tr("Wrap-up codes"), m_data.wrapUpCodes, tr("calls"));
}

bool DashboardView::drill(const QString &chartName, int index)
{
    const QList<core::DashboardFigure> figures = m_figures.value(chartName);
    if (index < 0 || index >= figures.size() || chartName == QLatin1String("callTakers"))
        return false;
    Q_EMIT drillDown(figures.at(index).drill);
    return true;
}

bool DashboardView::exportPng(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isWritable()) {
        m_message->setText(tr("%1: the folder is not writable").arg(folder));
        return false;
    }
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        const QString file = QDir(folder).filePath(it.key() + QStringLiteral(".png"));
        if (!it.value()->grab().save(file, "PNG")) {
            m_message->setText(tr("%1: cannot write").arg(file));
            return false;
        }
    }
    m_message->clear();
    return true;
}

} // namespace civicdesk::widgets
