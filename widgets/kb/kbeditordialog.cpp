#include "widgets/kb/kbeditordialog.h"

#include "core/domain/error.h"
#include "core/kb/kbdiff.h"
#include "core/kb/kbrepository.h"
#include "core/store/localstore.h"
#include "widgets/shell/messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

template <typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

KbEditorDialog::KbEditorDialog(core::LocalStore &store, const QString &articleId, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Knowledge base editor"));
    setObjectName(QStringLiteral("kbEditor"));
    m_tabs = new QTabWidget(this);
    buildArticleTab();
    buildHistoryTab();
    buildReviewsTab();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *newButton = buttons->addButton(tr("&New article"), QDialogButtonBox::ActionRole);
    connect(newButton, &QPushButton::clicked, this, [this] { load({}); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(1000, 720);
    load(articleId);
    refreshReviews();
}

void KbEditorDialog::buildArticleTab()
{
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, page);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    m_id = named(new QLineEdit(page), QStringLiteral("kbEditId"), tr("Article id"));
    m_title = named(new QLineEdit(page), QStringLiteral("kbEditTitle"), tr("Title"));
    m_questions = named(new QPlainTextEdit(page), QStringLiteral("kbEditQuestions"), tr("Question variants"));
    m_questions->setPlaceholderText(tr("One way callers ask it per line"));
    m_questions->setMaximumHeight(90);
    m_script = named(new QPlainTextEdit(page), QStringLiteral("kbEditScript"), tr("Call-taker script"));
    m_script->setMaximumHeight(70);
    m_keywords = named(new QLineEdit(page), QStringLiteral("kbEditKeywords"), tr("Keywords"));
    m_keywords->setPlaceholderText(tr("Comma-separated"));
    m_category = named(new QLineEdit(page), QStringLiteral("kbEditCategory"), tr("Category"));
    m_agency = named(new QLineEdit(page), QStringLiteral("kbEditAgency"), tr("Agency"));
    m_serviceCodes = named(new QLineEdit(page), QStringLiteral("kbEditServiceCodes"), tr("Service codes"));
    m_serviceCodes->setPlaceholderText(tr("Comma-separated"));
    m_transfer = named(new QLineEdit(page), QStringLiteral("kbEditTransfer"), tr("Transfer number"));
    m_audience = named(new QComboBox(page), QStringLiteral("kbEditAudience"), tr("Audience"));
    m_audience->addItems(core::Article::audiences());
    m_state = named(new QComboBox(page), QStringLiteral("kbEditState"), tr("State"));
    m_state->addItems(core::Article::states());
    m_language = named(new QComboBox(page), QStringLiteral("kbEditLanguage"), tr("Language"));
    m_language->addItems(core::Article::languages());
    m_translationOf = named(new QLineEdit(page), QStringLiteral("kbEditTranslationOf"), tr("Translation of"));
    m_reviewBy = named(new QDateEdit(page), QStringLiteral("kbEditReviewBy"), tr("Review by"));
    m_reviewBy->setCalendarPopup(true);
    m_owner = named(new QLineEdit(page), QStringLiteral("kbEditOwner"), tr("Owner"));
    row(tr("&Id:"), m_id);
    row(tr("&Title:"), m_title);
    row(tr("&Questions:"), m_questions);
    row(tr("Scr&ipt:"), m_script);
    row(tr("&Keywords:"), m_keywords);
    row(tr("Cate&gory:"), m_category);
    row(tr("&Agency:"), m_agency);
    row(tr("Ser&vice codes:"), m_serviceCodes);
    row(tr("Trans&fer number:"), m_transfer);
    row(tr("A&udience:"), m_audience);
    row(tr("&State:"), m_state);
    row(tr("&Language:"), m_language);
    row(tr("Translation o&f:"), m_translationOf);
    row(tr("&Review by:"), m_reviewBy);
    row(tr("&Owner:"), m_owner);

    m_answer = named(new QPlainTextEdit(page), QStringLiteral("kbEditAnswer"), tr("Answer (Markdown)"));
    m_preview = named(new QTextBrowser(page), QStringLiteral("kbEditPreview"), tr("Answer preview"));
    auto *answerLabel = new QLabel(tr("A&nswer (Markdown) and preview:"), page);
    answerLabel->setBuddy(m_answer);
    auto *split = new QSplitter(page);
    split->setObjectName(QStringLiteral("kbEditorAnswerSplitter"));
    split->addWidget(m_answer);
    split->addWidget(m_preview);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &KbEditorDialog::updatePreview);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(answerLabel);
    layout->addWidget(split, 1);
    m_tabs->addTab(page, tr("Article"));
}

void KbEditorDialog::buildHistoryTab()
{
    auto *page = new QWidget(m_tabs);
    m_history = named(new QListWidget(page), QStringLiteral("kbHistory"), tr("Versions"));
    m_diff = named(new QPlainTextEdit(page), QStringLiteral("kbDiff"), tr("Changes in this version"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *versionsLabel = new QLabel(tr("&Versions:"), page);
    versionsLabel->setBuddy(m_history);
    auto *diffLabel = new QLabel(tr("&Changes:"), page);
    diffLabel->setBuddy(m_diff);
    auto *versionsColumn = new QWidget(page);
    auto *versionsLayout = new QVBoxLayout(versionsColumn);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(versionsLabel);
    versionsLayout->addWidget(m_history);
    auto *diffColumn = new QWidget(page);
    auto *diffLayout = new QVBoxLayout(diffColumn);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(diffLabel);
    diffLayout->addWidget(m_diff);
    auto *split = new QSplitter(page);
    split->setObjectName(QStringLiteral("kbEditorHistorySplitter"));
    split->addWidget(versionsColumn);
    split->addWidget(diffColumn);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    connect(m_history, &QListWidget::currentRowChanged, this, &KbEditorDialog::showDiff);
    m_tabs->addTab(page, tr("History"));
}

void KbEditorDialog::buildReviewsTab()
{
    auto *page = new QWidget(m_tabs);
    m_reviews = named(new QListWidget(page), QStringLiteral("kbReviewsDue"), tr("Reviews due"));
    auto *open = new QPushButton(tr("&Open"), page);
    auto *reviewed = new QPushButton(tr("&Mark reviewed (next review in a year)"), page);
    reviewed->setObjectName(QStringLiteral("kbMarkReviewed"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(reviewed);
    buttons->addStretch(1);
    auto *reviewsLabel = new QLabel(tr("Reviews &due (overdue first):"), page);
    reviewsLabel->setBuddy(m_reviews);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(reviewsLabel);
    layout->addWidget(m_reviews);
    layout->addLayout(buttons);
    auto openCurrent = [this] {
        if (auto *item = m_reviews->currentItem()) {
            load(item->data(Qt::UserRole).toString());
            m_tabs->setCurrentIndex(0);
        }
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_reviews, &QListWidget::itemActivated, this, openCurrent);
    connect(reviewed, &QPushButton::clicked, this, &KbEditorDialog::markReviewed);
    m_tabs->addTab(page, tr("Reviews due"));
}

void KbEditorDialog::load(const QString &articleId)
{
    std::optional<core::Article> found;
    if (!articleId.isEmpty())
        found = core::KbRepository(m_store.database()).find(articleId);
    m_loaded = found.value_or(core::Article{});
    const core::Article &a = m_loaded;
    m_id->setText(a.id);
    m_id->setReadOnly(found.has_value()); // an id is an identity; a new one makes a new article
    m_title->setText(a.title);
    m_questions->setPlainText(a.questionVariants.join(u'\n'));
    m_answer->setPlainText(a.answerMarkdown);
    m_script->setPlainText(a.script);
    m_keywords->setText(a.keywords.join(QStringLiteral(", ")));
    m_category->setText(a.category);
    m_agency->setText(a.agency);
    m_serviceCodes->setText(a.serviceCodes.join(QStringLiteral(", ")));
    m_transfer->setText(a.transferNumber);
    m_audience->setCurrentText(a.audience);
    m_state->setCurrentText(a.state);
    m_language->setCurrentText(a.language);
    m_translationOf->setText(a.translationOf);
    m_reviewBy->setDate(a.reviewBy.isValid() ? a.reviewBy
                                             : core::KbRepository::nextReviewDate(QDate::currentDate()));
    m_owner->setText(a.owner.isEmpty() ? m_store.actor() : a.owner);
    updatePreview();
    refreshHistory();
}

core::Article KbEditorDialog::article() const
{
    core::Article a = m_loaded;
    a.id = m_id->text().trimmed();
    a.title = m_title->text().trimmed();
    a.questionVariants.clear();
    for (const QString &q : m_questions->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!q.trimmed().isEmpty())
            a.questionVariants.append(q.trimmed());
    }
    a.answerMarkdown = m_answer->toPlainText();
    a.script = m_script->toPlainText().trimmed();
    a.keywords = commaList(m_keywords->text());
    a.category = m_category->text().trimmed();
    a.agency = m_agency->text().trimmed();
    a.serviceCodes = commaList(m_serviceCodes->text());
    a.transferNumber = m_transfer->text().trimmed();
    a.audience = m_audience->currentText();
    a.state = m_state->currentText();
    a.language = m_language->currentText();
    a.translationOf = m_translationOf->text().trimmed();
    a.reviewBy = m_reviewBy->date();
    a.owner = m_owner->text().trimmed();
    return a;
}

bool KbEditorDialog::save()
{
    try {
        const core::KbRepository repo(m_store.database());
        const core::Article a = article();
        if (m_loaded.id.isEmpty())
            repo.add(a, m_store.actor());
        else
            repo.save(a, m_store.actor());
        load(a.id);
        refreshReviews();
        return true;
    } catch (const core::Error &e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
}

void KbEditorDialog::updatePreview()
{
    m_preview->setMarkdown(m_answer->toPlainText());
}

void KbEditorDialog::refreshHistory()
{
    m_history->clear();
    m_diff->clear();
    if (m_loaded.id.isEmpty())
        return;
    const QLocale locale;
    for (const auto &v : core::KbRepository(m_store.database()).versions(m_loaded.id)) {
        auto *item = new QListWidgetItem(
            tr("Version %1, %2, %3")
                .arg(v.version)
                .arg(locale.toString(v.savedAt.toLocalTime(), QLocale::ShortFormat), v.author),
            m_history);
        item->setData(Qt::UserRole, v.version);
    }
}

void KbEditorDialog::showDiff(int row)
{
    m_diff->clear();
    if (row < 0 || m_loaded.id.isEmpty())
        return;
    const auto versions = core::KbRepository(m_store.database()).versions(m_loaded.id);
    if (row >= versions.size())
        return;
    const QStringList before =
        row == 0 ? QStringList() : core::kbdiff::articleLines(versions.at(row - 1).article);
    m_diff->setPlainText(core::kbdiff::toText(
        core::kbdiff::diff(before, core::kbdiff::articleLines(versions.at(row).article))));
}

void KbEditorDialog::refreshReviews()
{
    m_reviews->clear();
    const QLocale locale;
    for (const auto &a : core::KbRepository(m_store.database()).reviewsDue(QDate::currentDate())) {
        QString text =
            tr("%1: %2 (%3)").arg(locale.toString(a.reviewBy, QLocale::ShortFormat), a.title, a.owner);
        if (a.outdated > 0)
            text += tr(", flagged outdated");
        auto *item = new QListWidgetItem(text, m_reviews);
        item->setData(Qt::UserRole, a.id);
    }
}

void KbEditorDialog::markReviewed()
{
    auto *item = m_reviews->currentItem();
    if (!item)
        return;
    try {
        core::KbRepository(m_store.database())
            .markReviewed(item->data(Qt::UserRole).toString(),
                          core::KbRepository::nextReviewDate(QDate::currentDate()), m_store.actor());
        refreshReviews();
    } catch (const core::Error &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace civicdesk::widgets
