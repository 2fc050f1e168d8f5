#include "widgets/training/scorecardview.h"

#include "widgets/appearance/themecolors.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QString mark(bool passed)
{
    return passed ? QStringLiteral("\u2714") : QStringLiteral("\u2718");
}
} // namespace

ScoreCardView::ScoreCardView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("scoreCardTable"));
    m_table->setAccessibleName(tr("Score card"));
    m_table->setHorizontalHeaderLabels({QString(), tr("Criterion"), tr("Points"), tr("Explanation")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_title);
    layout->addWidget(m_score);
    layout->addWidget(m_table, 1);
}

void ScoreCardView::showCard(const core::ScoreCard &card)
{
    m_card = card;
    m_title->setText(tr("<b>%1</b><br>%2, %3")
                         .arg(card.scenarioTitle.toHtmlEscaped(), card.trainee.toHtmlEscaped(),
                              QLocale().toString(card.playedAt.toLocalTime(), QLocale::ShortFormat)));
    m_score->setText(tr("Score: %1").arg(card.summary()));
    m_table->setRowCount(static_cast<int>(card.criteria.size()));
    for (int row = 0; row < card.criteria.size(); ++row) {
        const core::ScoreCard::Criterion &c = card.criteria.at(row);
        auto *passed = new QTableWidgetItem(mark(c.passed));
        passed->setForeground(
            ThemeColors::color(c.passed ? ThemeColors::Role::SuccessText : ThemeColors::Role::ErrorText));
        passed->setToolTip(c.passed ? tr("Passed") : tr("Missed"));
        m_table->setItem(row, 0, passed);
        m_table->setItem(row, 1, new QTableWidgetItem(c.label));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(QStringLiteral("%1/%2").arg(c.points).arg(c.maxPoints)));
        m_table->setItem(row, 3, new QTableWidgetItem(c.explanation));
    }
    m_table->resizeRowsToContents();
}

QString ScoreCardView::html(const core::ScoreCard &card)
{
    QString rows;
    for (const core::ScoreCard::Criterion &c : card.criteria)
        rows += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td><td>%4/%5</td><td>%6</td></tr>")
                    .arg(c.passed ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e"), mark(c.passed),
                         c.label.toHtmlEscaped())
                    .arg(c.points)
                    .arg(c.maxPoints)
                    .arg(c.explanation.toHtmlEscaped());
    return tr("<h2>CivicDesk training score card</h2>"
              "<p><b>Scenario:</b> %1<br><b>Trainee:</b> %2<br><b>Played:</b> %3<br><b>Score:</b> %4</p>"
              "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
              "<tr><th></th><th>Criterion</th><th>Points</th><th>Explanation</th></tr>%5</table>")
        .arg(card.scenarioTitle.toHtmlEscaped(), card.trainee.toHtmlEscaped(),
             QLocale().toString(card.playedAt.toLocalTime(), QLocale::LongFormat), card.summary(), rows);
}

bool ScoreCardView::exportPdf(const core::ScoreCard &card, const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Score card: %1").arg(card.scenarioTitle));
    writer.setCreator(QStringLiteral("CivicDesk"));
    QTextDocument document;
    document.setHtml(html(card));
    document.print(&writer);
    return QFile(path).size() > 0;
}

} // namespace civicdesk::widgets
