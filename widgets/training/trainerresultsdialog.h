#pragma once

#include "core/training/scorecard.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace civicdesk::widgets {

class ProgressChart;
class ScoreCardView;

// The trainer's view: each trainee's graded calls over time, their progress, and any score
// card in full (and to PDF).
class TrainerResultsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrainerResultsDialog(const QString &profileDirectory, QWidget *parent = nullptr);

    void showTrainee(const QString &trainee);
    QComboBox *traineeBox() const { return m_trainee; }
    QTableWidget *table() const { return m_table; }
    ProgressChart *chart() const { return m_chart; }
    ScoreCardView *cardView() const { return m_card; }

private:
    void showRow(int row);

    QString m_profileDirectory;
    QList<core::ScoreCard> m_cards;
    QComboBox *m_trainee = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    ProgressChart *m_chart = nullptr;
    ScoreCardView *m_card = nullptr;
};

} // namespace civicdesk::widgets
