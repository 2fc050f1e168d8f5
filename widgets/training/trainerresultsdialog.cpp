#include "widgets/training/trainerresultsdialog.h"

#include "core/training/trainingresultlog.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/messagebox.h"
#include "widgets/training/progresschart.h"
#include "widgets/training/scorecardview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk::widgets {

TrainerResultsDialog::TrainerResultsDialog(const QString &profileDirectory, QWidget *parent)
    : QDialog(parent), m_profileDirectory(profileDirectory)
{
    setObjectName(QStringLiteral("trainerResults"));
    setWindowTitle(tr("Training results"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_trainee = new QComboBox(this);
    m_trainee->setObjectName(QStringLiteral("resultsTrainee"));
    form->addRow(tr("&Trainee:"), m_trainee);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    layout->addWidget(m_summary);
    m_chart = new ProgressChart(this);
    layout->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("trainerResultsSplitter"));
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Played"), tr("Scenario"), tr("Score")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_card = new ScoreCardView(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_card);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (m_card->card().scenarioId.isEmpty())
            return;
        const QString path =
            FileDialog::getSaveFileName(this, tr("Export score card"), QString(), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !ScoreCardView::exportPdf(m_card->card(), path))
            MessageBox::warning(this, tr("Export score card"), tr("Cannot write %1.").arg(path));
    });
    connect(m_trainee, &QComboBox::currentTextChanged, this, &TrainerResultsDialog::showTrainee);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    m_trainee->addItems(core::TrainingResultLog(m_profileDirectory).trainees());
    resize(760, 640);
}

void TrainerResultsDialog::showTrainee(const QString &trainee)
{
    if (m_trainee->currentText() != trainee) {
        m_trainee->setCurrentText(trainee);
        return; // currentTextChanged comes back here
    }
    m_cards = core::TrainingResultLog(m_profileDirectory).forTrainee(trainee);
    m_table->setRowCount(static_cast<int>(m_cards.size()));
    QList<int> percents;
    int passedCriteria = 0;
    int criteria = 0;
    for (int row = 0; row < m_cards.size(); ++row) {
        const core::ScoreCard &c = m_cards.at(row);
        percents.append(c.percent());
        for (const auto &criterion : c.criteria) {
            ++criteria;
            passedCriteria += criterion.passed ? 1 : 0;
        }
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(row + 1)));
        m_table->setItem(
            row, 1, new QTableWidgetItem(QLocale().toString(c.playedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 2, new QTableWidgetItem(c.scenarioTitle));
        m_table->setItem(row, 3, new QTableWidgetItem(c.summary()));
    }
    m_table->resizeColumnsToContents();
    m_chart->setPercents(percents);
    if (m_cards.isEmpty()) {
        m_summary->setText(tr("No graded calls yet."));
        m_card->showCard({});
        return;
    }
    const int first = percents.first();
    const int last = percents.last();
    m_summary->setText(tr("%n call(s) graded; %1 of %2 criteria met; first %3 %, latest %4 %.", nullptr,
                          static_cast<int>(m_cards.size()))
                           .arg(passedCriteria)
                           .arg(criteria)
                           .arg(first)
                           .arg(last));
    m_table->selectRow(static_cast<int>(m_cards.size()) - 1);
    showRow(static_cast<int>(m_cards.size()) - 1);
}

void TrainerResultsDialog::showRow(int row)
{
    if (row >= 0 && row < m_cards.size())
        m_card->showCard(m_cards.at(row));
}

} // namespace civicdesk::widgets
