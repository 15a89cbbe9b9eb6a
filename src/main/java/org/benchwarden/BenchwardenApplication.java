package org.benchwarden;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BenchwardenApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(BenchwardenApplication.class, args)));
	}

}
