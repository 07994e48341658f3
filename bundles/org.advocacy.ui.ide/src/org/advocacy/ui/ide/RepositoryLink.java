// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Puts the open repository file into the Eclipse workspace, so that the Problems view can show markers on it.
 * Repository files live wherever the advocate keeps them, outside the workspace; the project
 * {@value #PROJECT_NAME} holds one linked file pointing at the open one. Linking never copies, moves or changes
 * the repository file, and removing a link leaves the file it pointed at untouched.
 */
public final class RepositoryLink {

	/** The workspace project that holds the link to the open repository file. */
	public static final String PROJECT_NAME = "Advocacy Repositories";

	private RepositoryLink() {
	}

	/** @return the project holding the link, which exists once a repository was linked */
	public static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT_NAME);
	}

	/**
	 * @param repository a repository file
	 * @return the workspace file that links it (existing only while it is the linked repository)
	 */
	public static IFile fileFor(Path repository) {
		return project().getFile(repository.getFileName().toString());
	}

	/**
	 * Links a repository file into the workspace and unlinks any other: creates and opens the project when
	 * needed and creates the link unless it is there already, so calling it again (after a restart, or for the
	 * same file) changes nothing. Needs the workspace root as scheduling rule, since it may create the project.
	 *
	 * @param repository the repository file
	 * @param monitor    progress, or {@code null}
	 * @return the linked workspace file
	 * @throws CoreException when the workspace refuses the change
	 */
	public static IFile link(Path repository, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Linking " + repository.getFileName(), 4);
		IProject project = project();
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		progress.setWorkRemaining(3);
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		progress.setWorkRemaining(2);
		IPath location = IPath.fromPath(repository.toAbsolutePath().normalize());
		IFile file = fileFor(repository);
		for (IResource member : project.members()) {
			if (member.isLinked() && !(member.equals(file) && location.equals(member.getLocation()))) {
				// Deleting a link removes the link only; the file it points at stays as it is.
				member.delete(IResource.NONE, null);
			}
		}
		progress.worked(1);
		if (!file.exists()) {
			file.createLink(location, IResource.ALLOW_MISSING_LOCAL, progress.split(1));
		}
		return file;
	}
}
