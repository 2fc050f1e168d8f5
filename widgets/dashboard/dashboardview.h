#pragma once

#include "core/dashboard/dashboarddata.h"
#include "core/queue/queuequery.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTabWidget;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

// The supervisor's dashboard: volumes, the two SLA metrics, times to close, the backlog by age
// and call-taker figures for a date range, as Qt Charts. Every bar drills down to the queue of
// its tickets; every chart exports to PNG.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(core::LocalStore &store, QWidget *parent = nullptr);

    // Builds the charts for the range; false (with the reason shown) for an empty or reversed one.
    bool setRange(QDate from, QDate to);
    const core::DashboardData &data() const { return m_data; }
    // Every chart as NAME.png in the folder; false (with the reason shown) when it cannot write.
    bool exportPng(const QString &folder);
    QStringList chartNames() const;
    QString message() const;
    // What a click on bar `index` of chart `name` opens (for tests and keyboard users).
    bool drill(const QString &chartName, int index);

Q_SIGNALS:
    void drillDown(const core::QueueQuery &query);

private:
    void rebuild();
    void addBarChart(QTabWidget *tabs, const QString &name, const QString &title,
                     const QList<core::DashboardFigure> &figures, const QString &unit);
    void addBacklogChart(QTabWidget *tabs);

    core::LocalStore &m_store;
    core::DashboardData m_data;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMap<QString, QList<core::DashboardFigure>> m_figures; // chart name -> its bars
    QMap<QString, QWidget *> m_charts;
};

} // namespace civicdesk::widgets
