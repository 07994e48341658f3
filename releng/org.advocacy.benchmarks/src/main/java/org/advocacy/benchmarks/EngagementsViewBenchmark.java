// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.nudges.DueTimes;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.views.EngagementTable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Engagements view's virtual table over a 10,000-engagement repository: opening it (creating the table and its
 * columns over the loaded repository, sorting and filtering the plain list, and painting the rows on screen) and
 * sorting it by a text column, against the headless load of the same file ({@link RepositoryLoadBenchmark#load()}) as
 * the baseline. A virtual table keeps opening a small fraction of loading. Needs an X display (run the bench profile
 * under xvfb-run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngagementsViewBenchmark {

	private final RepositoryStore store = new RepositoryStore();
	private Path folder;
	private Path file;
	private AdvocacyRepository repository;
	private ComposedAdapterFactory adapterFactory;
	private DueTimes due;
	private Display display;
	private Shell shell;
	private EngagementTable sortable;
	private TableColumn customerColumn;

	/** Writes and loads the scaled sample once, evaluates the escalation engine, opens a shell and a table to sort. */
	@Setup(Level.Trial)
	public void prepare() throws IOException {
		folder = Files.createTempDirectory("advocacy-bench");
		file = folder.resolve("scaled.advocacy");
		store.save(StandardSample.generate(10_000), file);
		repository = store.loadRepository(file);
		adapterFactory = RepositorySession.createAdapterFactory();
		due = DueTimes.evaluate(repository, NOW);
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setSize(1400, 900);
		shell.setLayout(new FillLayout());
		shell.open();
		sortable = open();
		customerColumn = Arrays.stream(sortable.getViewer().getTable().getColumns())
				.filter(column -> column.getText().equals("Customer")).findFirst().orElseThrow();
	}

	/** Releases the shell and deletes the file. */
	@TearDown(Level.Trial)
	public void release() throws IOException {
		shell.dispose();
		display.dispose();
		adapterFactory.dispose();
		Files.deleteIfExists(file);
		Files.deleteIfExists(folder);
	}

	/** @return the repository loaded headless from the file: the baseline, as in RepositoryLoadBenchmark */
	@Benchmark
	public Resource baseline() throws IOException {
		return store.load(file);
	}

	/** @return how many rows the view shows, after creating the table and painting the rows on screen */
	@Benchmark
	public int openView() {
		EngagementTable table = open();
		int rows = table.getViewer().getTable().getItemCount();
		table.getViewer().getTable().dispose();
		return rows;
	}

	/** @return the top row after sorting the 10,000 rows by customer name (alternately up and down) and painting */
	@Benchmark
	public Object sortByCustomer() {
		customerColumn.notifyListeners(SWT.Selection, new Event());
		return paint(sortable.getViewer().getTable());
	}

	private EngagementTable open() {
		EngagementTable table = new EngagementTable(shell, Clock.fixed(NOW, ZoneOffset.UTC), () -> due);
		table.show(repository, adapterFactory);
		shell.layout(true, true);
		paint(table.getViewer().getTable());
		return table;
	}

	/** Paints the rows on screen now (the virtual table asks their labels while painting). */
	private Object paint(Table table) {
		table.redraw();
		table.update();
		processEvents(); // paint and the table's own deferred work
		return table.getItem(table.getTopIndex()).getData();
	}
}
