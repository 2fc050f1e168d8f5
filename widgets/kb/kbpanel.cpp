#include "widgets/kb/kbpanel.h"

#include "core/domain/error.h"
#include "core/kb/kbhitlistmodel.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/store/localstore.h"
#include "widgets/kb/kbeditordialog.h"
#include "widgets/kb/kbhitdelegate.h"
#include "widgets/settings/shortcuthint.h"
#include "widgets/shell/enableclearbuttonwhentyped.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace civicdesk::widgets {

namespace {
// How long typing pauses before the text is searched as final (see startSearch()).
constexpr int kSettleMs = 300;

// A filter combo with its label: the label's mnemonic focuses the combo and screen readers
// read the label with it.
// Two filters a row keep the dock narrow enough to leave the call form its full width.
QComboBox *filterCombo(QWidget *parent, QGridLayout *grid, int slot, const QString &label,
                       const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // Tab passes the filters by: on a focused combo the arrow keys change the filter, and a call
    // taker tabbing from the search box to the results would change the language unseen. The
    // label's mnemonic (Alt+L, ...) or a click still reaches each one.
    combo->setFocusPolicy(Qt::ClickFocus);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *buddy = new QLabel(label, parent);
    buddy->setBuddy(combo);
    grid->addWidget(buddy, slot / 2, (slot % 2) * 2);
    grid->addWidget(combo, slot / 2, (slot % 2) * 2 + 1);
    return combo;
}
} // namespace

KbPanel::KbPanel(core::LocalStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new core::KbHitListModel(this))
{
    setObjectName(QStringLiteral("kbPanel"));
    const core::KbRepository repo(m_store.database());
    repo.ensureBuiltIn();
    m_searcher = std::make_unique<core::KbSearch>(m_store.database());
    // Two workers: a new keystroke's search never queues behind a slow one.
    m_pool.setMaxThreadCount(2);
    // The index vocabulary is read before the first keystroke needs it (about a second for
    // 100,000 articles); a search that comes first waits for this read instead of starting its own.
    const core::KbSearch *searcher = m_searcher.get();
    m_pool.start([searcher] {
        try {
            searcher->prepare();
        } catch (const core::Error &) {
            // The first search reads it again and shows the error.
        }
    });

    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_search->setPlaceholderText(tr("Type the caller's words"));
    m_search->setToolTip(tr("Search the knowledge base as you type"));
    enableClearButtonWhenTyped(m_search);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    auto *filters = new QGridLayout;
    m_language =
        filterCombo(this, filters, 0, tr("&Language:"), QStringLiteral("kbLanguage"), tr("Language filter"));
    m_language->addItem(tr("All languages"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_agency = filterCombo(this, filters, 1, tr("A&gency:"), QStringLiteral("kbAgency"), tr("Agency filter"));
    m_agency->addItem(tr("All agencies"), QString());
    for (const QString &a : repo.agencies())
        m_agency->addItem(a, a);
    m_audience =
        filterCombo(this, filters, 2, tr("Au&dience:"), QStringLiteral("kbAudience"), tr("Audience filter"));
    m_audience->addItem(tr("All audiences"), QString());
    m_audience->addItem(tr("Public"), QStringLiteral("public"));
    m_audience->addItem(tr("Internal"), QStringLiteral("internal"));
    m_state = filterCombo(this, filters, 3, tr("S&tate:"), QStringLiteral("kbState"), tr("State filter"));
    m_state->addItem(tr("Current (not retired)"), QString());
    m_state->addItem(tr("Published"), QStringLiteral("published"));
    m_state->addItem(tr("In review"), QStringLiteral("review"));
    m_state->addItem(tr("Draft"), QStringLiteral("draft"));
    m_state->addItem(tr("Retired"), QStringLiteral("retired"));
    for (QComboBox *combo : {m_language, m_agency, m_audience, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &KbPanel::startSearch);
    filters->setColumnStretch(4, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("kbSplitter"));
    m_results = new QListView(splitter);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setAccessibleName(tr("Matching articles"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new KbHitDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_view = new QTextBrowser(splitter);
    m_view->setObjectName(QStringLiteral("kbArticle"));
    m_view->setAccessibleName(tr("Article"));
    m_view->setOpenExternalLinks(false);
    splitter->addWidget(m_results);
    splitter->addWidget(m_view);
    // The results take most of the height: at 1366x768 the list shows at least eight of them,
    // and the top article below stays readable (it scrolls, and Enter moves into it).
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({700, 300});
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbStatus"));
    layout->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    m_useInCall = new QPushButton(tr("&Use in call"), this);
    m_useInCall->setObjectName(QStringLiteral("kbUseInCall"));
    m_useInCall->setToolTip(tr("Record this article on the current call"));
    m_createRequest = new QPushButton(tr("Create &request"), this);
    m_createRequest->setObjectName(QStringLiteral("kbCreateRequest"));
    m_createRequest->setToolTip(tr("Open the intake with this article's service chosen"));
    m_helpful = new QPushButton(tr("Helpful"), this);
    m_helpful->setObjectName(QStringLiteral("kbHelpful"));
    m_notHelpful = new QPushButton(tr("Not helpful"), this);
    m_notHelpful->setObjectName(QStringLiteral("kbNotHelpful"));
    m_outdated = new QPushButton(tr("Outdated…"), this);
    m_outdated->setObjectName(QStringLiteral("kbOutdated"));
    m_outdated->setToolTip(tr("Flag this article as outdated and say what is wrong"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("kbEdit"));
    m_edit->setToolTip(tr("Edit articles, see their history and the reviews due"));
    m_edit->setVisible(repo.canEdit(m_store.actor()));
    for (QPushButton *b : {m_useInCall, m_createRequest, m_helpful, m_notHelpful, m_outdated, m_edit})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        // Not while the call taker is moving through the results: the list would jump back.
        if (!m_results->hasFocus())
            search(false);
    });
    connect(m_search, &QLineEdit::textChanged, this, &KbPanel::startSearch);
    // Keyboard reach: Down moves from the search box into the results; Enter, in either, opens
    // the current article (its text takes the focus, where the arrows scroll it).
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &KbPanel::openCurrent);
    connect(m_results, &QAbstractItemView::activated, this, &KbPanel::openCurrent);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showArticle(current.data(core::KbHitListModel::IdRole).toString());
                else
                    clearArticle();
            });
    connect(m_useInCall, &QPushButton::clicked, this, [this] {
        if (!m_article.id.isEmpty())
            Q_EMIT useInCallRequested(m_article.id);
    });
    connect(m_createRequest, &QPushButton::clicked, this, &KbPanel::createRequest);
    connect(m_helpful, &QPushButton::clicked, this, [this] { giveFeedback(QStringLiteral("helpful")); });
    connect(m_notHelpful, &QPushButton::clicked, this,
            [this] { giveFeedback(QStringLiteral("not_helpful")); });
    connect(m_outdated, &QPushButton::clicked, this, [this] { giveFeedback(QStringLiteral("outdated")); });
    connect(m_edit, &QPushButton::clicked, this, &KbPanel::openEditor);
    clearArticle();
}

KbPanel::~KbPanel()
{
    ++m_generation;
    m_pool.waitForDone();
}

bool KbPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0, 0));
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KbPanel::openCurrent()
{
    QModelIndex current = m_results->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0) {
        current = m_model->index(0, 0);
        m_results->setCurrentIndex(current);
    }
    if (!current.isValid())
        return;
    const QString id = current.data(core::KbHitListModel::IdRole).toString();
    if (id != m_article.id)
        showArticle(id);
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT articleOpened(id);
}

void KbPanel::setSearchAction(const QAction *action)
{
    ShortcutHint::follow(action, m_search, [this, action](const QString &) {
        m_search->setPlaceholderText(ShortcutHint::withKeys(tr("Type the caller's words"), action));
        m_search->setToolTip(ShortcutHint::withKeys(tr("Search the knowledge base as you type"), action));
    });
}

void KbPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KbPanel::startSearch()
{
    search(true);
    // The last word may still be unfinished. When typing pauses, the text is searched as final,
    // as `kb search` searches it, so the list the call taker reads is the same list for the same
    // words however they were typed. (A text ending in a space or a whole word of the index is
    // searched as final already; this search then finds the same list.)
    if (m_search->text().trimmed().isEmpty())
        m_settle->stop();
    else
        m_settle->start();
}

void KbPanel::search(bool asYouType)
{
    const int generation = ++m_generation;
    core::KbQuery query;
    query.text = m_search->text();
    query.asYouType = asYouType;
    query.limit = 20;
    query.language = m_language->currentData().toString();
    query.agency = m_agency->currentData().toString();
    query.audience = m_audience->currentData().toString();
    query.state = m_state->currentData().toString();
    if (query.text.trimmed().isEmpty()) {
        showOutcome(generation, {});
        return;
    }
    const core::KbSearch *searcher = m_searcher.get();
    const std::atomic<int> *latest = &m_generation;
    QtConcurrent::run(&m_pool, [searcher, query, generation, latest]() -> Outcome {
        // Skip a search that a newer keystroke has already replaced.
        if (latest->load() != generation)
            return {};
        try {
            return {searcher->search(query), {}};
        } catch (const core::Error &e) {
            return {{}, e.message()};
        }
    }).then(this, [this, generation](const Outcome &outcome) { showOutcome(generation, outcome); });
}

void KbPanel::showOutcome(int generation, const Outcome &outcome)
{
    if (generation != m_generation.load())
        return; // a newer search is on its way; this result is stale
    m_model->setHits(outcome.hits);
    if (!outcome.error.isEmpty())
        m_status->setText(outcome.error);
    else if (m_search->text().trimmed().isEmpty())
        m_status->clear();
    else
        m_status->setText(tr("%n article(s) found", nullptr, int(outcome.hits.size())));
    if (!outcome.hits.isEmpty())
        m_results->setCurrentIndex(m_model->index(0, 0));
    else
        clearArticle();
    Q_EMIT resultsShown(generation);
}

void KbPanel::showArticle(const QString &id)
{
    std::optional<core::Article> article;
    try {
        article = core::KbRepository(m_store.database()).find(id);
    } catch (const core::Error &e) {
        m_status->setText(e.message());
    }
    if (!article) {
        clearArticle();
        return;
    }
    m_article = *article;
    QString markdown =
        QStringLiteral("# ") + m_article.title + QStringLiteral("\n\n") + m_article.answerMarkdown;
    if (!m_article.script.isEmpty())
        markdown += QStringLiteral("\n\n---\n\n**") + tr("Say:") + QStringLiteral("** ") + m_article.script;
    if (!m_article.transferNumber.isEmpty())
        markdown +=
            QStringLiteral("\n\n**") + tr("Transfer to:") + QStringLiteral("** ") + m_article.transferNumber;
    m_view->setMarkdown(markdown);
    m_useInCall->setEnabled(true);
    m_createRequest->setEnabled(!m_article.serviceCodes.isEmpty());
    for (QPushButton *b : {m_helpful, m_notHelpful, m_outdated})
        b->setEnabled(true);
}

void KbPanel::clearArticle()
{
    m_article = {};
    m_view->clear();
    for (QPushButton *b : {m_useInCall, m_createRequest, m_helpful, m_notHelpful, m_outdated})
        b->setEnabled(false);
}

void KbPanel::createRequest()
{
    const QStringList codes = m_article.serviceCodes;
    if (codes.size() == 1) {
        Q_EMIT createRequestRequested(codes.first());
        return;
    }
    QMenu menu(this);
    for (const QString &code : codes)
        menu.addAction(code, this, [this, code] { Q_EMIT createRequestRequested(code); });
    menu.exec(m_createRequest->mapToGlobal(QPoint(0, m_createRequest->height())));
}

void KbPanel::giveFeedback(const QString &kind)
{
    if (m_article.id.isEmpty())
        return;
    QString comment;
    if (kind == QLatin1String("outdated")) {
        bool ok = false;
        comment = InputDialog::getMultiLineText(
            this, tr("Flag as outdated"), tr("What is out of date in \"%1\"?").arg(m_article.title), {}, &ok);
        if (!ok || comment.trimmed().isEmpty())
            return;
    }
    try {
        core::KbRepository(m_store.database())
            .addFeedback({m_article.id, kind, comment, m_store.actor(), QDateTime::currentDateTimeUtc()});
        m_status->setText(tr("Thank you: your feedback on \"%1\" was recorded.").arg(m_article.title));
    } catch (const core::Error &e) {
        MessageBox::warning(this, tr("Knowledge base"), e.message());
    }
}

void KbPanel::openEditor()
{
    KbEditorDialog dialog(m_store, m_article.id, this);
    dialog.exec();
    m_searcher->reloadSynonyms();
    startSearch();
}

} // namespace civicdesk::widgets
