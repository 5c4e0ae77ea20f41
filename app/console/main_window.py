"""The main window: the fabric tree with its filter, the detail pane of the selected object,
jobs / alerts / activity below, the disconnected banner above, and the status bar."""

from __future__ import annotations

import gc

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.client.cache import ConnectionStatus
from app.client.errors import StandbyError
from app.domain.enums import Role

from . import formatting as fmt
from . import theme
from .about import install_help_menu
from .actions import Entry, build_menu, entries_for, refusal
from .banner import DisconnectedBanner
from .drill.history import DrillHistoryDialog
from .drill.menu import install_drills
from .drill.window import DrillWindow
from .hosts import install_hosts, node_menu
from .i18n import language_menu
from .lab_menu import install_lab_menu
from .models.fabric_filter import FabricFilterProxy
from .models.fabric_tree import COLUMN_COUNT, FabricTreeModel, Node
from .notifications import NotificationsDialog, open_notifications
from .panes.activity_pane import ActivityPane
from .panes.alerts_pane import AlertsPane
from .panes.jobs_pane import JobsPane
from .panes.summary import SummaryPane
from .panes.vm_pane import VmPane
from .plans.menu import install_plans
from .resources import icon
from .session import Session
from .wizards.menus import WizardMenus

EXPAND_ALL_UP_TO = 2000  # VMs; bigger estates open with sites and clouds only
DETAIL_WIDTH = 770  # px: a VM's facts and its recovery points side by side, nothing cut


class StaleDelegate(QStyledItemDelegate):
    """Paints every cell as disabled (grey text, greyed icons): the tree's data is the last
    known state, not live. Installed only while disconnected, so the live tree keeps Qt's
    own (C++) delegate and pays no Python per cell."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_Enabled
        grey = option.palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        option.palette.setBrush(QPalette.ColorRole.Text, grey)  # over a cell's own colour


class MainWindow(QMainWindow):
    connect_requested = Signal()  # File → Connect…
    dashboard_requested = Signal()  # View → Dashboard (the tray opens it)
    closed = Signal()

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.drill_windows: list[DrillWindow] = []  # open_drill keeps the ones still open
        self.drill_history: DrillHistoryDialog | None = None
        self.notifications_dialog: NotificationsDialog | None = None  # File → Notifications…
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Standby"))
        self.setWindowIcon(icon("vault"))
        self.fabric = FabricTreeModel(session.cache, self)
        self.proxy = FabricFilterProxy(self)
        self.proxy.setSourceModel(self.fabric)
        # The selection is an object (kind, id), not a row: rows move, re-parent and are
        # re-listed, and the detail pane and the operations must stay on the same object.
        self.selected: tuple[str, str] | None = None
        self._settling = 0  # structural changes of the tree under way
        self._restore_due = False
        # Connected before the view's own slots (tree.setModel below), so a removed current
        # row is known to be the model's doing when the view moves the current index away.
        for about in (
            self.proxy.rowsAboutToBeRemoved,
            self.proxy.rowsAboutToBeInserted,
            self.proxy.rowsAboutToBeMoved,
            self.proxy.layoutAboutToBeChanged,
            self.proxy.modelAboutToBeReset,
        ):
            about.connect(self._structure_changing)
        for done in (
            self.proxy.rowsRemoved,
            self.proxy.rowsInserted,
            self.proxy.rowsMoved,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
        ):
            done.connect(self._structure_changed)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = DisconnectedBanner(session.cache.reconnect_now)
        self.banner.refreshed.connect(self._update_stale_note)
        outer.addWidget(self.banner)

        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.setObjectName("verticalSplitter")
        self.horizontal = QSplitter(Qt.Orientation.Horizontal)
        self.horizontal.setObjectName("mainSplitter")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        self.filter = QLineEdit()
        self.filter.setObjectName("fabricFilter")
        self.filter.setAccessibleName(self.tr("Filter the fabric tree"))
        self.filter.setPlaceholderText(
            self.tr("Filter (Ctrl+F): name, or health:critical, state:paused")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        left_layout.addWidget(self.filter)
        self.tree = QTreeView()
        self.tree.setObjectName("fabricTree")
        self.tree.setAccessibleName(self.tr("Fabric tree"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.show_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.header().setStretchLastSection(True)
        self._size_tree_columns()
        self.fabric.modelReset.connect(self._after_load)
        # A new site, cloud or host (a row after the listing): widen the name column to fit
        # it, once for a burst of rows.
        self._fit_names = QTimer(self)
        self._fit_names.setSingleShot(True)
        self._fit_names.setInterval(200)
        self._fit_names.timeout.connect(self._fit_name_column)
        self.fabric.rowsInserted.connect(lambda *_: self._fit_names.start())
        left_layout.addWidget(self.tree, 1)
        self.horizontal.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 4, 0, 0)
        right_layout.setSpacing(2)
        self.stale_note = QLabel()
        self.stale_note.setObjectName("staleNote")
        self.stale_note.setAccessibleName(self.tr("Data is not live"))
        self.stale_note.setWordWrap(True)
        self.stale_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.stale_note.setStyleSheet(
            "#staleNote { background: #fff3e0; color: #8a4b00; border: 1px solid #f0b070;"
            " padding: 4px 8px; font-weight: bold; }"
        )
        self.stale_note.hide()
        right_layout.addWidget(self.stale_note)
        self.stale_delegate = StaleDelegate(self.tree)
        self.live_delegate = self.tree.itemDelegate()
        self.details = QStackedWidget()
        self.details.setObjectName("detailPane")
        self.placeholder = QLabel(self.tr("Select a site, cloud, host or VM to see its details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.summary = SummaryPane(self.fabric)
        self.vm_pane = VmPane(session)
        for pane in (self.placeholder, self.summary, self.vm_pane):
            self.details.addWidget(pane)
        right_layout.addWidget(self._scrolling(self.details), 1)
        self.horizontal.addWidget(right)
        self.horizontal.setStretchFactor(0, 1)
        self.horizontal.setStretchFactor(1, 1)
        self.horizontal.setSizes([760, 640])  # the tree's columns all visible at first
        self.vertical.addWidget(self.horizontal)

        self.bottom = QTabWidget()
        self.bottom.setObjectName("activityTabs")
        self.jobs = JobsPane(session)
        self.alerts = AlertsPane(session)
        self.activity = ActivityPane(session)
        self.bottom.addTab(self.jobs, self.tr("&Jobs"))
        self.bottom.addTab(self.alerts, self.tr("A&lerts"))
        self.bottom.addTab(self.activity, self.tr("Ac&tivity"))
        self.alerts.changed.connect(self._alert_count)
        self.alerts.object_requested.connect(self._alert_object)
        self.alerts.job_requested.connect(self._alert_job)
        self.vertical.addWidget(self.bottom)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 1)
        outer.addWidget(self.vertical, 1)
        self.setCentralWidget(central)

        self.vault_label = QLabel()
        self.vault_label.setObjectName("statusVault")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.connection_label = QLabel()
        self.connection_label.setObjectName("statusConnection")
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        # Shown only while this computer's clock is off the control plane's by over a minute.
        self.skew_label = QLabel()
        self.skew_label.setObjectName("statusClockSkew")
        self.skew_label.setVisible(False)
        for label in (self.skew_label, self.vault_label, self.user_label, self.connection_label):
            label.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        self._unsubscribe = [
            session.cache.on_status(self.set_status),
            session.cache.on_relisted(lambda *_: self._update_identity()),
            session.cache.on_relisted(lambda *_: self._show_clock_skew()),
            session.cache.on_relisted(lambda *_: gc.freeze()),  # a re-list's new objects too
        ]
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_identity)
        self._tick.start()
        self.set_status(session.cache.status)
        if self.fabric.loaded:
            self._after_load()
        self._alert_count()
        self.restore_state()

    def _size_tree_columns(self) -> None:
        """Each column as wide as its header and its longer values need in this font and
        language ("Storage low · 2 warning" was cut at a fixed 150 px); the name column
        follows its contents once the tree is loaded."""
        metrics = self.tree.fontMetrics()
        typical = (
            "sto-silver-hv02-ab",
            self.tr("Reverse replicating"),
            self.tr("Storage low · 12 warning"),
            "59 min 59 s",
            self.tr("Recovery"),
            "VMM sto-vmm-01",
        )
        model = self.tree.model()
        for column, sample in enumerate(typical[:COLUMN_COUNT]):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header))
            self.tree.setColumnWidth(column, width + 32)  # an icon's room and the margins

    @staticmethod
    def _scrolling(pane: QWidget) -> QScrollArea:
        """The detail pane scrolls where the window is too short for it (1280×720): its
        facts and graphs are never squeezed until their text is cut, and it never makes the
        window taller than the screen."""
        area = QScrollArea()
        area.setObjectName("detailScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(pane)
        return area

    # --- menus and shortcuts ----------------------------------------------------------------

    def _action(self, menu, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&Connect to…"), "Ctrl+O", self.connect_requested.emit, "connect"
        )
        self._action(
            file_menu,
            self.tr("&Notifications…"),
            None,
            lambda: open_notifications(self),
            "notifications",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "quit")
        view = bar.addMenu(self.tr("&View"))
        self._action(
            view, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh, "refresh"
        )
        self._action(
            view, self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_filter, "find"
        )
        view.addSeparator()
        self._action(view, self.tr("Fabric &tree"), "Ctrl+1", self.tree.setFocus, "focusTree")
        self._action(view, self.tr("&Jobs"), "Ctrl+2", lambda: self._tab(0), "showJobs")
        self._action(view, self.tr("&Alerts"), "Ctrl+3", lambda: self._tab(1), "showAlerts")
        self._action(view, self.tr("A&ctivity"), "Ctrl+4", lambda: self._tab(2), "showActivity")
        view.addSeparator()
        self._action(view, self.tr("E&xpand all"), "Ctrl+Shift+E", self.tree.expandAll, "expandAll")
        self._action(
            view,
            self.tr("C&ollapse all"),
            "Ctrl+Shift+C",
            lambda: self.tree.expandToDepth(0),
            "collapseAll",
        )
        view.addSeparator()
        language_menu(view, self.settings, lambda text: self.statusBar().showMessage(text, 8000))
        theme.theme_menu(view, self.settings)
        self._action(
            view, self.tr("&Dashboard"), "Ctrl+Shift+D", self.dashboard_requested.emit, "dashboard"
        )
        ops = bar.addMenu(self.tr("&Operations"))
        self._action(
            ops,
            self.tr("Operations on the &selection…"),
            "Shift+F10",
            lambda: self.show_context_menu(None),
            "operationsMenu",
        )
        install_drills(self, ops)  # DR drill and drill history
        install_plans(self)  # Recovery plans: editor and running-plan view
        self.wizards = WizardMenus(self)  # Protection menu; each plan's operations
        self.fabric_menu = install_hosts(self)  # sites, clouds, hosts: when hosts enroll
        self._install_lab_menu()
        self._install_help_menu()

    def _install_lab_menu(self) -> None:
        """Lab: the practice lab's chaos controls, shown only when the vault is a lab."""
        install_lab_menu(self)

    def _install_help_menu(self) -> None:
        """Help: the operator guide, About Standby (version, vault, licences), About Qt."""
        install_help_menu(self)

    def _tab(self, number: int) -> None:
        self.bottom.setCurrentIndex(number)
        self.bottom.currentWidget().setFocus()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter.hasFocus():
            self.filter.clear()
            self.tree.setFocus()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        """F5: reconnect now when disconnected; refetch the selected VM's history."""
        if not self.session.connected:
            self.session.cache.reconnect_now()
        if self.details.currentWidget() is self.vm_pane:
            self.vm_pane.fetch_history()
        self.summary.refresh()
        self.statusBar().showMessage(self.tr("Refreshing…"), 2000)

    # --- the tree ---------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if text:
            self.tree.expandAll()

    def _after_load(self) -> None:
        # The listing's objects live as long as the cache: move them out of the cyclic
        # garbage collector's reach. Otherwise every full collection walks them all — with
        # 10 000 VMs a 120 ms freeze of the UI now and then while the feed runs.
        gc.freeze()
        vms = len(self.fabric.cache.objects("vm"))
        if vms <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
            self.tree.resizeColumnToContents(0)
        else:
            self.tree.expandToDepth(1)
        if self.selected is not None:
            self._restore_selection()
        elif not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    def _fit_name_column(self) -> None:
        if len(self.fabric.cache.objects("vm")) > EXPAND_ALL_UP_TO:
            return  # a big estate: measuring every row costs more than it helps
        wanted = self.tree.sizeHintForColumn(0)
        if wanted > self.tree.columnWidth(0):  # grow only: never undo a width the user chose
            self.tree.setColumnWidth(0, wanted)

    def node_at(self, proxy_index: QModelIndex) -> Node | None:
        return self.fabric.node(self.proxy.mapToSource(proxy_index))

    def selected_node(self) -> Node | None:
        """The node of the selected object (None when nothing is selected, or while the
        object is out of the tree: moving, or hidden by the filter)."""
        return self.fabric.node_for(*self.selected) if self.selected is not None else None

    def select(self, kind: str, object_id: str) -> bool:
        source = self.fabric.index_for(kind, object_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    # The selection follows the object: while rows are removed, inserted, moved or the model
    # is reset, the view moves its current index to whatever row is left (a neighbour, the
    # parent); that is not the operator's choice, so it changes neither the selection nor the
    # detail pane, and once the tree has settled the selected object is selected again where
    # it now is. An object that left the vault leaves nothing selected.

    def _structure_changing(self, *_args) -> None:
        self._settling += 1

    def _structure_changed(self, *_args) -> None:
        self._settling = max(0, self._settling - 1)
        if not self._restore_due:
            self._restore_due = True
            QTimer.singleShot(0, self._restore_selection)

    def _restore_selection(self) -> None:
        self._restore_due = False
        if self._settling or self.selected is None:
            return
        kind, object_id = self.selected
        index = self.proxy.mapFromSource(self.fabric.index_for(kind, object_id))
        if index.isValid():
            if self.tree.currentIndex() != index:
                self.tree.setCurrentIndex(index)
            elif self.details.currentWidget() is self.placeholder:
                self._show_details(kind, object_id)
            return
        exists = kind == "vault" or self.session.cache.get(kind, object_id) is not None
        if not exists:  # gone from the vault: show nothing rather than a neighbour
            self.selected = None
            self._clear_current()
            self.details.setCurrentWidget(self.placeholder)
            return
        # Still in the vault but not in the tree now (between a move's remove and insert, or
        # filtered out): no other row stands for it; the pane keeps showing it.
        if self.tree.currentIndex().isValid():
            self._clear_current()

    def _clear_current(self) -> None:
        self._settling += 1  # the view's current change is not the operator's
        try:
            self.tree.selectionModel().clearCurrentIndex()
            self.tree.selectionModel().clearSelection()
        finally:
            self._settling -= 1

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._settling:
            return  # the model's doing, not the operator's: _restore_selection follows
        node = self.node_at(current)
        if node is None:
            if self.selected is None:
                self.details.setCurrentWidget(self.placeholder)
            return
        self.selected = (node.kind, node.id)
        self._show_details(node.kind, node.id)

    def _show_details(self, kind: str, object_id: str) -> None:
        if kind == "vm":
            self.vm_pane.show_vm(object_id)
            self.details.setCurrentWidget(self.vm_pane)
        else:
            self.summary.show_node(kind, object_id)
            self.details.setCurrentWidget(self.summary)

    def operation_entries(self, node: Node) -> list[list[Entry]]:
        status = self.session.cache.status
        refused = refusal(self.session.connected, self.session.role, status.seconds_until_retry())
        return entries_for(self.fabric, node, refused)

    def show_context_menu(self, pos: QPoint | None) -> None:
        index = self.tree.indexAt(pos) if pos is not None else QModelIndex()
        if not index.isValid() and pos is not None:
            # The tree's empty space: what applies to the whole fabric (a new site).
            root = node_menu(self, None, None)
            if root is not None:
                self.menu = root
                self.menu.popup(self.tree.viewport().mapToGlobal(pos))
                return
        if index.isValid():
            # A right-click selects the row it is on: the pane and the menu show one object.
            self.tree.setCurrentIndex(index)
        node = self.selected_node()
        if node is None:
            return
        index = self.proxy.mapFromSource(self.fabric.index_for(node.kind, node.id))
        where = pos if pos is not None else self.tree.visualRect(index).center()
        groups = self.operation_entries(node)
        if not groups:
            # Sites, clouds and hosts: their administration, when the vault's hosts enroll.
            menu = node_menu(self, node.kind, node.id)
            if menu is None:
                self.statusBar().showMessage(self.tr("Operations apply to VMs."), 3000)
                return
            self.menu = menu
        else:
            self.menu = build_menu(groups, self.run_entry, self)
        self.menu.popup(self.tree.viewport().mapToGlobal(where))

    def run_entry(self, entry: Entry) -> None:
        """A wizard for every operation; pause, resume and resync are sent at once."""
        if not self.wizards.open_entry(entry):
            self.send_entry(entry)

    def send_entry(self, entry: Entry) -> None:
        """Send an operation now, without a wizard (the fast path)."""
        self.session.spawn(self._send(entry), f"op-{entry.operation.value}")

    async def _send(self, entry: Entry) -> None:
        reason = refusal(self.session.connected, self.session.role)
        if reason:
            self.statusBar().showMessage(reason, 8000)
            return
        try:
            job = await self.session.run_operation(
                entry.operation, entry.item_id, entry.vm_id, entry.pairing_id
            )
        except StandbyError as exc:
            self.statusBar().showMessage(self.tr("Refused: {0}").format(exc), 15000)
            return
        self.statusBar().showMessage(
            self.tr("{0}: job {1} started.").format(entry.label, job.id), 8000
        )
        self._tab(0)
        self.jobs.follow(job.id)

    # --- status -----------------------------------------------------------------------------

    def set_status(self, status: ConnectionStatus) -> None:
        self.banner.set_status(status)
        text = {
            "connected": self.tr("● Connected"),
            "reconnecting": self.tr("● Reconnecting"),
            "offline": self.tr("● Offline"),
        }[status.state]
        status_of = {"connected": "normal", "reconnecting": "warning", "offline": "critical"}
        color = theme.status_colour(status_of[status.state])  # legible in light and dark
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.connection_label.setToolTip(status.last_error or "")
        job = self.jobs.selected_job()
        if job is not None:
            self.jobs.update_buttons(job)
        # Not live: disconnected, or connected to a control plane that cannot read
        # replication status (its figures are the last ones read).
        disconnected = status.state != "connected"
        stale = (disconnected or status.figures_stale) and self.fabric.loaded
        delegate = self.stale_delegate if stale else self.live_delegate
        if self.tree.itemDelegate() is not delegate:
            self.tree.setItemDelegate(delegate)
            self.tree.viewport().update()
        if not stale:
            tip = ""
        elif disconnected:
            tip = self.tr(
                "Not live: the last known state, shown greyed until the connection is back."
            )
        else:
            tip = self.tr(
                "Not live: the replication figures are the last ones read, shown greyed "
                "until the control plane reads replication status again."
            )
        self.tree.setToolTip(tip)
        self.stale_note.setVisible(stale)
        self._update_stale_note()
        self._update_identity()

    def _update_identity(self) -> None:
        vault = self.session.cache.vault
        self.fabric_menu.menuAction().setVisible(bool(vault and vault.host_registration))
        name = vault.name if vault is not None else self.session.url
        self.vault_label.setText(self.tr("Vault: {0}").format(name))
        self.setWindowTitle(self.tr("{0} — Standby").format(name))
        role = self.session.role
        role_text = (
            {
                Role.VIEWER: self.tr("viewer"),
                Role.OPERATOR: self.tr("operator or admin"),
                Role.ADMIN: self.tr("admin"),
            }.get(role, self.tr("role unknown"))
            if role
            else self.tr("role unknown")
        )
        who = self.session.profile or self.session.url
        self.user_label.setText(self.tr("Profile: {0} ({1})").format(who, role_text))
        status = self.session.cache.status
        if status.state == "connected" and status.last_synced is not None:
            self.connection_label.setToolTip(
                self.tr("Live; last change {0}").format(fmt.clock(status.last_synced))
            )

    def _update_stale_note(self) -> None:
        """The detail pane's "not live" line, on the banner's tick (so their ages agree)."""
        status = self.session.cache.status
        if self.stale_note.isHidden():
            return
        if status.state == "connected" and status.figures_stale:
            age = status.figures_age()
            self.stale_note.setText(
                self.tr(
                    "Not live — replication figures as of {0} ({1} ago): the control plane "
                    "cannot read replication status. Health, RPO and recovery points may have "
                    "changed since."
                ).format(fmt.clock(status.figures_as_of), fmt.duration(age))
                if age is not None
                else self.tr(
                    "Not live — the control plane cannot read replication status. Health, "
                    "RPO and recovery points may have changed."
                )
            )
        elif status.state != "connected":
            age = status.data_age()
            self.stale_note.setText(
                self.tr(
                    "Not live — last known state as of {0} ({1} ago). Health, RPO and "
                    "figures may have changed since."
                ).format(fmt.clock(status.last_synced), fmt.duration(age))
                if age is not None
                else self.tr("Not live — no data received yet.")
            )

    def _show_clock_skew(self) -> None:
        """Once, in the status bar, while the skew lasts: times are on the control plane's
        clock, so an operator comparing with the wall clock knows why they differ."""
        skewed = fmt.CLOCK.skewed
        self.skew_label.setVisible(skewed)
        if skewed:
            offset = fmt.CLOCK.offset.total_seconds()
            short = (
                self.tr("Clock {0} behind the control plane")
                if offset > 0
                else self.tr("Clock {0} ahead of the control plane")
            )
            self.skew_label.setText("⚠ " + short.format(fmt.duration(abs(offset))))
            self.skew_label.setToolTip(fmt.skew(fmt.CLOCK.offset))
            self.skew_label.setAccessibleName(fmt.skew(fmt.CLOCK.offset))

    def _alert_object(self, kind: str, object_id: str) -> None:
        if kind == "protected-item":
            item = self.session.cache.get("protected-item", object_id)
            if item is None:
                return
            kind, object_id = "vm", getattr(item, "vm_id", object_id)
        self.select(kind, object_id)

    def _alert_job(self, job_id: str) -> None:
        """An alert leading to a job: the Jobs tab, on that job."""
        self.bottom.setCurrentWidget(self.jobs)
        row = self.jobs.model.row_of(job_id)
        if row >= 0:
            self.jobs.table.selectRow(row)
            self.jobs.table.scrollTo(self.jobs.model.index(row, 0))

    def _alert_count(self, *_args) -> None:
        count = self.alerts.open_count()
        self.bottom.setTabText(
            1, self.tr("A&lerts ({0})").format(count) if count else self.tr("A&lerts")
        )

    # --- persistence ------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self.settings
        if s.value("window/geometry") is None and self.screen() is not None:
            self._default_geometry()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/mainSplitter", self.horizontal.restoreState),
            ("window/verticalSplitter", self.vertical.restoreState),
            ("window/vmSplitter", self.vm_pane.splitter.restoreState),
            ("window/jobsSplitter", self.jobs.splitter.restoreState),
            ("tree/header", self.tree.header().restoreState),
            ("jobs/header", self.jobs.table.horizontalHeader().restoreState),
            ("alerts/tree", self.alerts.table.header().restoreState),
        ):
            value = s.value(key)
            if value is not None:
                restore(value)

    def _default_geometry(self) -> None:
        """The first run's window: most of a large screen, all of a small one (1280×720
        and 1600×1000 leave no room to spare)."""
        space = self.screen().availableGeometry()
        small = space.width() < 1700 or space.height() < 1100
        share = 1.0 if small else 0.85
        self.default_layout(int(space.width() * share), int(space.height() * share))
        if small:
            self.move(space.topLeft())

    def default_layout(self, width: int, height: int) -> None:
        """The window at this size with its first-run splitters: the jobs and alerts pane
        with eight to ten rows (not three), and the detail pane wide enough for a VM's facts
        beside its recovery points."""
        self.resize(width, height)
        bottom = max(240, int(height * 0.3))
        self.vertical.setSizes([height - bottom, bottom])
        details = min(max(int(width * 0.54), DETAIL_WIDTH), width - 420)
        self.horizontal.setSizes([width - details, details])

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/mainSplitter", self.horizontal.saveState())
        s.setValue("window/verticalSplitter", self.vertical.saveState())
        s.setValue("window/vmSplitter", self.vm_pane.splitter.saveState())
        s.setValue("window/jobsSplitter", self.jobs.splitter.saveState())
        s.setValue("tree/header", self.tree.header().saveState())
        s.setValue("jobs/header", self.jobs.table.horizontalHeader().saveState())
        s.setValue("alerts/tree", self.alerts.table.header().saveState())
        s.sync()

    def detach(self) -> None:
        """Stop listening to the cache (the window is going away)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        for part in (
            self.fabric,
            self.vm_pane,
            self.summary,
            self.jobs.model,
            self.alerts.model,
            self.activity.events,
        ):
            part.detach()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.detach()
        super().closeEvent(event)
        self.closed.emit()
