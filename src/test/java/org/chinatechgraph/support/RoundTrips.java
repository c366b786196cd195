package org.chinatechgraph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher statements the service sends to Neo4j: it wraps the driver, and every session and
 * transaction it opens, and counts each {@code run}; and the embedded database, every transaction begun on it,
 * and counts each {@code execute} (the reads that run in-process).
 *
 * <p>A counter made by {@link #onDemand()} watches only between {@link #reset()} and {@link #count()} and between
 * {@link #record()} and {@link #recorded()}; outside them the in-process transactions go unwrapped. A benchmark
 * uses one, so that the service it times does not pay for a proxy and reflective calls on every transaction.
 */
public class RoundTrips implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final java.util.List<Object[]> recorded = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	private volatile boolean recording;

	private final java.util.Map<Class<?>, Class<?>[]> interfaces = new java.util.concurrent.ConcurrentHashMap<>();

	private final boolean always;

	private volatile boolean watching;

	/** A counter that watches every statement, from the start. */
	public RoundTrips() {
		this(true);
	}

	private RoundTrips(boolean always) {
		this.always = always;
		this.watching = always;
	}

	/** A counter that watches only while asked to count or record (see the class comment). */
	public static RoundTrips onDemand() {
		return new RoundTrips(false);
	}

	/** Counts from zero; an on-demand counter starts watching. */
	public void reset() {
		this.statements.set(0);
		this.watching = true;
	}

	/** Keeps the arguments of every statement sent from now on (the query and its parameters), until taken. */
	public void record() {
		this.recorded.clear();
		this.recording = true;
		this.watching = true;
	}

	/** The statements sent since {@link #record()}, as the arguments given to {@code run}; stops recording. */
	public java.util.List<Object[]> recorded() {
		this.recording = false;
		this.watching = this.always;
		synchronized (this.recorded) {
			return java.util.List.copyOf(this.recorded);
		}
	}

	/** The statements counted since {@link #reset()}; an on-demand counter stops watching. */
	public int count() {
		this.watching = this.always;
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver || bean instanceof DatabaseManagementService) ? wrap(bean) : bean;
	}

	private Object wrap(Object target) {
		// looked up once per class, and read without a lock after that: under load, request threads queued on the
		// lock computeIfAbsent can take even for a key that is there
		Class<?>[] interfaces = this.interfaces.get(target.getClass());
		if (interfaces == null) {
			interfaces = this.interfaces.computeIfAbsent(target.getClass(),
					type -> publicOnly(ClassUtils.getAllInterfacesForClass(type)));
		}
		InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
		return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
	}

	private Object invoke(Object target, Method method, Object[] args) throws Throwable {
		boolean watching = this.watching;
		boolean statement = (target instanceof QueryRunner && method.getName().equals("run"))
				|| (target instanceof org.neo4j.graphdb.Transaction && method.getName().equals("execute"));
		if (statement && watching) {
			this.statements.incrementAndGet();
			if (this.recording) {
				this.recorded.add(args.clone());
			}
		}
		Object result;
		try {
			result = method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		boolean driverObject = result != null && result.getClass().getName().startsWith("org.neo4j.driver")
				&& (result instanceof QueryRunner || result instanceof org.neo4j.driver.BaseSession);
		boolean embeddedObject = result instanceof GraphDatabaseService
				|| (watching && result instanceof org.neo4j.graphdb.Transaction);
		return (driverObject || embeddedObject) ? wrap(result) : result;
	}

	private static Class<?>[] publicOnly(Class<?>[] interfaces) {
		return java.util.Arrays.stream(interfaces)
			.filter(i -> java.lang.reflect.Modifier.isPublic(i.getModifiers()))
			.toArray(Class<?>[]::new);
	}

}
