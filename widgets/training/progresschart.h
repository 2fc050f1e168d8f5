#pragma once

#include <QList>
#include <QWidget>

namespace civicdesk::widgets {

// A trainee's scores over time: one bar per graded call, oldest on the left, with the 80 %
// line a trainee is expected to reach.
class ProgressChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    void setPercents(const QList<int> &percents);
    const QList<int> &percents() const { return m_percents; }
    QSize sizeHint() const override { return {360, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_percents;
};

} // namespace civicdesk::widgets
