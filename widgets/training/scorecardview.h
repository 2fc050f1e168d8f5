#pragma once

#include "core/training/scorecard.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace civicdesk::widgets {

// A graded training call: the score and one row per criterion, passed or missed, with the
// explanation of each miss. The same content goes to PDF for the trainee's file.
class ScoreCardView final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreCardView(QWidget *parent = nullptr);

    void showCard(const core::ScoreCard &card);
    const core::ScoreCard &card() const { return m_card; }
    QTableWidget *table() const { return m_table; }
    QLabel *scoreLabel() const { return m_score; }

    static QString html(const core::ScoreCard &card);
    // Writes the card as a one-page PDF; false when the file cannot be written.
    static bool exportPdf(const core::ScoreCard &card, const QString &path);

private:
    core::ScoreCard m_card;
    QLabel *m_title = nullptr;
    QLabel *m_score = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace civicdesk::widgets
